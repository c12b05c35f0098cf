using System.Text;
using System.Xml.Linq;
using DocGen.Templates.Diagnostics;
using DocGen.Templates.Rendering;
using DocGen.Templates.Scripting;
using static DocGen.Templates.Parsing.WordNames;

namespace DocGen.Templates.Parsing;

/// <summary>
/// Serialises a structured part into render nodes: runs of literal XML text, with value, loop and condition
/// nodes where the tags were. Adjacent literal text is merged so rendering appends few, long strings.
/// </summary>
internal sealed class NodeEmitter
{
    private readonly Dictionary<XNamespace, string> _prefixes = new();
    private readonly XElement _root;

    public NodeEmitter(XElement root) => _root = root;

    public RenderNode[] Emit()
    {
        var builder = new NodeListBuilder();
        builder.Literal.Append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n");
        EmitElement(_root, builder);
        return builder.Finish();
    }

    /// <summary>The XML text of a fragment that has no tags in it (run or paragraph properties), with the part's own prefixes.</summary>
    public string Serialize(XElement? fragment)
    {
        if (fragment is null) return "";
        var builder = new NodeListBuilder();
        EmitElement(fragment, builder);
        return builder.Literal.ToString();
    }

    private sealed class NodeListBuilder
    {
        private readonly List<RenderNode> _nodes = [];

        public StringBuilder Literal { get; } = new();

        public void Add(RenderNode node)
        {
            Flush();
            _nodes.Add(node);
        }

        public RenderNode[] Finish()
        {
            Flush();
            return [.. _nodes];
        }

        private void Flush()
        {
            if (Literal.Length == 0) return;
            _nodes.Add(new LiteralNode(Literal.ToString()));
            Literal.Clear();
        }
    }

    private RenderNode[] EmitChildren(IEnumerable<XNode> nodes)
    {
        var builder = new NodeListBuilder();
        foreach (var node in nodes) EmitNode(node, builder);
        return builder.Finish();
    }

    private void EmitNode(XNode node, NodeListBuilder builder)
    {
        switch (node)
        {
            case XElement element:
                EmitElement(element, builder);
                break;
            case XText text:
                XmlText.AppendEscaped(builder.Literal, text.Value);
                break;
        }
    }

    private void EmitElement(XElement element, NodeListBuilder builder)
    {
        if (element.Name == For)
        {
            var tag = element.Annotation<ForTag>()!;
            builder.Add(new LoopNode(tag, element.Annotation<string>() ?? "", EmitChildren(element.Nodes())));
            return;
        }
        if (element.Name == If)
        {
            var branches = element.Elements(Branch).Select(b => b.Annotation<Tag>() switch
            {
                IfTag i => new ConditionBranch(i.Condition, i.Text, EmitChildren(b.Nodes())),
                ElseIfTag e => new ConditionBranch(e.Condition, e.Text, EmitChildren(b.Nodes())),
                var other => new ConditionBranch(null, other!.Text, EmitChildren(b.Nodes())),
            }).ToList();
            builder.Add(new ConditionNode(element.Annotation<IfTag>()!, element.Annotation<string>() ?? "", branches));
            return;
        }
        if (element.Name == Case)
        {
            var branches = element.Elements(Branch).Select(b => new CaseBranch(b.Annotation<Tag>() as WhenTag, EmitChildren(b.Nodes()))).ToList();
            builder.Add(new CaseNode(element.Annotation<CaseTag>()!, element.Annotation<string>() ?? "", branches));
            return;
        }
        if (element.Name == Value)
        {
            builder.Add(element.Annotation<ValueNode>()!);
            return;
        }

        if (element.Name == Tbl && MayLoseAllRows(element))
        {
            var table = new NodeListBuilder();
            EmitMarkup(element, table);
            builder.Add(new TableGuardNode(table.Finish(), "<" + QualifiedName(element, Tr)));
            return;
        }
        EmitMarkup(element, builder);
    }

    // A table none of whose rows stands outside a loop or condition (its rows may stand in content controls).
    private static bool MayLoseAllRows(XElement table) =>
        !table.Elements(Tr).Any() && table.Descendants().Any(e => e.Name.Namespace == Private);

    private void EmitMarkup(XElement element, NodeListBuilder builder)
    {
        var name = QualifiedName(element, element.Name);
        builder.Literal.Append('<').Append(name);
        foreach (var attribute in element.Attributes())
        {
            builder.Literal.Append(' ').Append(AttributeName(element, attribute)).Append("=\"");
            XmlText.AppendEscaped(builder.Literal, attribute.Value);
            builder.Literal.Append('"');
        }
        if (element.IsEmpty)
        {
            builder.Literal.Append("/>");
            return;
        }
        builder.Literal.Append('>');
        if (element.Name == Tc && NeedsGuard(element))
        {
            builder.Add(new CellGuardNode(EmitChildren(element.Nodes())));
        }
        else
        {
            foreach (var child in element.Nodes()) EmitNode(child, builder);
        }
        builder.Literal.Append("</").Append(name).Append('>');
    }

    // A cell whose closing block is a loop or condition may render without a final paragraph.
    private static bool NeedsGuard(XElement cell) => cell.Elements().LastOrDefault() is { } last && last.Name.Namespace == Private;

    private string QualifiedName(XElement scope, XName name)
    {
        if (name.Namespace == XNamespace.None) return name.LocalName;
        if (!_prefixes.TryGetValue(name.Namespace, out var prefix))
        {
            prefix = scope.GetPrefixOfNamespace(name.Namespace) ?? _root.GetPrefixOfNamespace(name.Namespace) ?? "";
            _prefixes[name.Namespace] = prefix;
        }
        return prefix.Length == 0 ? name.LocalName : prefix + ":" + name.LocalName;
    }

    private string AttributeName(XElement scope, XAttribute attribute)
    {
        if (attribute.IsNamespaceDeclaration)
            return attribute.Name.Namespace == XNamespace.None ? "xmlns" : "xmlns:" + attribute.Name.LocalName;
        if (attribute.Name.Namespace == XNamespace.Xml) return "xml:" + attribute.Name.LocalName;
        return QualifiedName(scope, attribute.Name);
    }
}
