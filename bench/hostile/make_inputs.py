#!/usr/bin/env python3
"""Writes the hostile inputs bench/hostile/run.sh sends, into the folder given as the first argument.

Each input is built here from nothing but the repository's templates (for the real forms' data), so the run can
be repeated anywhere. Names: <case>.docx / .json (bodies) or <case>.schema.json / .sample.json (extra upload parts).
"""
import io
import json
import os
import sys
import zipfile

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
CONTENT_TYPES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                 '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                 '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                 '<Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/>'
                 '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
ROOT_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
             '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')


def rels(extra=""):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            f'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{extra}</Relationships>')


def document_head():
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{W}" xmlns:r="{R}" '
            'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
            'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
            'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><w:body>')


DOCUMENT_TAIL = '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>'


def p(text):
    return f'<w:p><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


def docx(body, document_rels=""):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", ROOT_RELS)
        z.writestr("word/document.xml", document_head() + body + DOCUMENT_TAIL)
        z.writestr("word/_rels/document.xml.rels", rels(document_rels))
    return buffer.getvalue()


def bomb():
    """About 1 MB that unpacks to 190 MB of document.xml."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", ROOT_RELS)
        z.writestr("word/_rels/document.xml.rels", rels())
        with z.open("word/document.xml", "w", force_zip64=True) as part:
            part.write(document_head().encode())
            block = (p("{{ name }}") * 1000).encode()
            written = 0
            while written < 190 * 1024 * 1024:
                part.write(block)
                written += len(block)
            part.write(DOCUMENT_TAIL.encode())
    return buffer.getvalue()


def external_image(canary):
    """A picture linked (not embedded) to a URL: LibreOffice would fetch it while converting the preview."""
    drawing = ('<w:p><w:r><w:drawing><wp:inline><wp:extent cx="952500" cy="952500"/><wp:docPr id="1" name="linked"/>'
               '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic>'
               '<pic:nvPicPr><pic:cNvPr id="1" name="linked"/><pic:cNvPicPr/></pic:nvPicPr>'
               '<pic:blipFill><a:blip r:link="rId9"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>'
               '<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="952500" cy="952500"/></a:xfrm><a:prstGeom prst="rect"/></pic:spPr>'
               '</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>')
    link = (f'<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" '
            f'Target="{canary}" TargetMode="External"/>')
    return docx(p("{{ name }}") + drawing, link)


def write(folder, name, content):
    with open(os.path.join(folder, name), "wb") as f:
        f.write(content if isinstance(content, bytes) else content.encode())


def main():
    folder, repo, canary = sys.argv[1], sys.argv[2], sys.argv[3]
    os.makedirs(folder, exist_ok=True)
    simple = docx(p("{{ name }}"))

    depth = 40_000
    write(folder, "deep-xml.docx", docx("<w:sdt><w:sdtContent>" * depth + p("x") + "</w:sdtContent></w:sdt>" * depth))

    chain = {f"d{i}": {"$ref": f"#/$defs/d{i + 1}"} for i in range(60_000)}
    chain["d60000"] = {"type": "object"}
    write(folder, "ref-chain.docx", simple)
    write(folder, "ref-chain.schema.json", json.dumps({"$defs": chain, "$ref": "#/$defs/d0"}))

    write(folder, "nested-loops.docx", docx(p("{{ for a in x min:1000 }}{{ for b in y min:1000 }}{{ for c in z min:1000 }}行{{ end }}{{ end }}{{ end }}")))
    # A header whose relationship names the header itself: LibreOffice followed it until its stack ran out.
    header_type = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/header"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", ROOT_RELS)
        z.writestr("word/document.xml", document_head() + p("{{ name }}") + DOCUMENT_TAIL.replace("<w:sectPr>", '<w:sectPr><w:headerReference w:type="default" r:id="rId1"/>'))
        z.writestr("word/_rels/document.xml.rels", rels(f'<Relationship Id="rId1" Type="{header_type}" Target="header1.xml"/>'))
        z.writestr("word/header1.xml", f'<w:hdr xmlns:w="{W}">{p("页眉")}</w:hdr>')
        z.writestr("word/_rels/header1.xml.rels", rels(f'<Relationship Id="rId1" Type="{header_type}" Target="header1.xml"/>'))
    write(folder, "relationship-cycle.docx", buffer.getvalue())

    # 30,000 relationships from the document to one header: LibreOffice read them in time growing with their square.
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", ROOT_RELS)
        z.writestr("word/document.xml", document_head() + p("{{ name }}") + DOCUMENT_TAIL)
        z.writestr("word/_rels/document.xml.rels", rels("".join(f'<Relationship Id="rId{i}" Type="{header_type}" Target="header1.xml"/>' for i in range(30_000))))
        z.writestr("word/header1.xml", f'<w:hdr xmlns:w="{W}">{p("页眉")}</w:hdr>')
    write(folder, "many-relationships.docx", buffer.getvalue())

    # One paragraph with a million attributes, one with 300,000 namespace declarations.
    write(folder, "many-attributes.docx", docx('<w:p ' + " ".join(f'a{i}="1"' for i in range(1_000_000)) + '><w:r><w:t>x</w:t></w:r></w:p>'))
    write(folder, "many-namespaces.docx", docx('<w:p ' + " ".join(f'xmlns:n{i}="urn:n{i}"' for i in range(300_000)) + '><w:r><w:t>x</w:t></w:r></w:p>'))

    # 2,000 value tags (the most a part may hold) that each backtrack until the regex timeout ends them.
    slow_match = '{{ "' + "a" * 60 + '!" | regex.match "^(a+)+$" }}'
    write(folder, "regex-tags.docx", docx(p(slow_match.replace('"', "&quot;") * 2000)))
    write(folder, "nested-ifs.docx", docx(p("{{ if a }}" * 5000 + "x" + "{{ end }}" * 5000)))
    write(folder, "zip-bomb.docx", bomb())

    # A schema pattern that backtracks, judged against 200 texts of the uploaded sample.
    write(folder, "regex.docx", docx(p("{{ for v in texts }}{{ v }}{{ end }}")))
    write(folder, "regex.schema.json", json.dumps({"type": "object", "properties": {
        "texts": {"type": "array", "items": {"type": "string", "pattern": "^(?=(a+)+$)"}}}}))
    write(folder, "regex.sample.json", json.dumps({"texts": ["a" * 40 + "!"] * 200}))

    # The Henan recommendation summary with 200,000 factories (about 18 MB of JSON, under the 20 MB body limit).
    summary = json.load(open(os.path.join(repo, "templates/henan/recommendation-summary/2023/samples/luoyang.json"), encoding="utf-8"))
    row = summary["factories"][0]
    summary["factories"] = [dict(row, name=f"绿色工厂{i:06d}", agency="绿评科技", industry="C3311 金属结构制造") for i in range(200_000)]
    write(folder, "summary-200000-rows.json", json.dumps(summary, ensure_ascii=False, separators=(",", ":")))
    # The same form at the row limit: the biggest list PDF conversion takes.
    summary["factories"] = summary["factories"][:5000]
    write(folder, "summary-5000-rows.json", json.dumps(summary, ensure_ascii=False))

    # A Hebei experience report whose practices field is 600 KB of text in lines.
    report = json.load(open(os.path.join(repo, "templates/hebei/typical-experience-report/2024/samples/tangshan-steel-factory.json"), encoding="utf-8"))
    line = "我们推行绿色制造，建设能源管理中心，开展节能诊断与技术改造。" * 4 + "\n"
    report["practices"] = (line * (600_000 // len(line.encode()) + 1))
    write(folder, "report-600kb-text.json", json.dumps(report, ensure_ascii=False))

    write(folder, "external-image.docx", external_image(canary))


if __name__ == "__main__":
    main()
