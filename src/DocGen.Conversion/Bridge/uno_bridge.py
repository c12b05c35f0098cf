# DocGen PDF worker bridge: one long-lived /usr/bin/python3 process per LibreOffice worker.
#
# Why a bridge process: the UNO remote protocol (URP) has no maintained .NET client on Linux, while
# python3-uno is Debian's own binding. Keeping this process alive next to a warm soffice removes the
# interpreter start, the UNO connect and the first-use costs (filters, fonts) from every request.
#
# Why no files: the DOCX arrives on stdin and is loaded from memory ("private:stream" +
# com.sun.star.io.SequenceInputStream); the PDF is exported into an in-memory XOutputStream
# (com.sun.star.io.SequenceOutputStream) and written back on stdout. Nothing is written to disk, so nothing can be left behind and no directory needs cleaning.
#
# Framing (all integers are unsigned 32-bit big-endian):
#   request : u32 header_len, header JSON (UTF-8), u32 docx_len, docx bytes
#   response: 1 byte status ('R' ready, 'O' ok, 'E' error), u32 json_len, JSON, u32 payload_len, payload
# stdout carries only frames; diagnostics go to stderr.
#
# usage: /usr/bin/python3 -c <this file> --pipe NAME [--connect-timeout SECONDS]
import io
import json
import os
import struct
import sys
import time
import xml.etree.ElementTree as ET
import zipfile

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.connection import NoConnectException
from com.sun.star.lang import DisposedException
from com.sun.star.uno import RuntimeException as UnoRuntimeException

STDIN = sys.stdin.buffer
STDOUT = sys.stdout.buffer


def prop(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


def read_exact(n):
    buf = bytearray()
    while len(buf) < n:
        chunk = STDIN.read(n - len(buf))
        if not chunk:
            return None
        buf.extend(chunk)
    return bytes(buf)


def read_frame():
    head = read_exact(4)
    if head is None:
        return None
    return read_exact(struct.unpack(">I", head)[0])


def write_response(status, meta, payload=b""):
    body = json.dumps(meta, ensure_ascii=False).encode("utf-8")
    STDOUT.write(status + struct.pack(">I", len(body)) + body + struct.pack(">I", len(payload)))
    if payload:
        STDOUT.write(payload)
    STDOUT.flush()


CORE_NS = {"cp": "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"}


def raw_keywords(docx):
    """cp:keywords exactly as the DOCX holds it.

    LibreOffice's DOCX import splits cp:keywords at ';', ',' and ':' into a list, and the PDF export joins
    it back with ', ', so "sha256:ab12" would come out as "sha256, ab12". Keywords carry the input-data hash
    and authority/form@version, so they are passed through verbatim instead.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(docx)) as z:
            root = ET.fromstring(z.read("docProps/core.xml"))
        node = root.find("cp:keywords", CORE_NS)
        return node.text if node is not None and node.text else None
    except (KeyError, zipfile.BadZipFile, ET.ParseError):
        return None


def connect(pipe_name, timeout_s):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    url = "uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe_name
    t0 = time.monotonic()
    while True:
        try:
            return resolver.resolve(url)
        except NoConnectException:
            if time.monotonic() - t0 > timeout_s:
                raise
            time.sleep(0.05)


class Converter:
    def __init__(self, ctx):
        self.ctx = ctx
        self.smgr = ctx.ServiceManager
        self.desktop = self.smgr.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)

    def _export(self, doc, pdf_a):
        filter_data = [
            # Lossless images: forms carry seals and signatures that must stay crisp when printed.
            prop("UseLosslessCompression", True),
            prop("ReduceImageResolution", False),
            prop("ExportBookmarks", True),
            prop("ExportNotes", False),
        ]
        if pdf_a:
            # 2 = PDF/A-2b (archival; implies tagged PDF and embedded fonts).
            filter_data.append(prop("SelectPdfVersion", 2))
        # The output stream is created inside soffice (like the input stream), so the export filter writes to local
        # memory and the finished PDF crosses the UNO bridge once, as one byte sequence.
        out = self.smgr.createInstanceWithContext("com.sun.star.io.SequenceOutputStream", self.ctx)
        doc.storeToURL("private:stream", (
            prop("FilterName", "writer_pdf_Export"),
            prop("OutputStream", out),
            prop("FilterData", uno.Any("[]com.sun.star.beans.PropertyValue", tuple(filter_data))),
        ))
        return out.getWrittenBytes().value

    def convert(self, header, docx):
        t0 = time.perf_counter()
        stream = self.smgr.createInstanceWithArgumentsAndContext(
            "com.sun.star.io.SequenceInputStream", (uno.ByteSequence(docx),), self.ctx)
        # Naming the filter skips LibreOffice's type detection; the service only ever sends DOCX.
        doc = self.desktop.loadComponentFromURL("private:stream", "_blank", 0, (
            prop("InputStream", stream),
            prop("FilterName", "MS Word 2007 XML"),
            prop("Hidden", True),
            prop("ReadOnly", True),
        ))
        if doc is None:
            raise ValueError("LibreOffice could not load the document (not a DOCX?)")
        try:
            t1 = time.perf_counter()
            props = doc.getDocumentProperties()
            # Core properties (dc:title, dc:subject, cp:keywords) come from the DOCX; explicit values override.
            if header.get("title") is not None:
                props.Title = header["title"]
            if header.get("subject") is not None:
                props.Subject = header["subject"]
            keywords = header.get("keywords")
            if keywords is None:
                keywords = raw_keywords(docx)
            if keywords is not None:
                props.Keywords = (keywords,)
            pdf = self._export(doc, bool(header.get("pdfA")))
            t2 = time.perf_counter()
        except BaseException:
            close_quietly(doc)
            raise
        meta = {"loadMs": round((t1 - t0) * 1e3, 1), "exportMs": round((t2 - t1) * 1e3, 1)}
        return pdf, meta, doc

    def warm_up(self):
        """Convert a small form-shaped DOCX once, so that the first request finds everything it needs loaded.

        An empty Writer document would leave the DOCX import filter, table layout, bold and sans faces and the glyph
        fallback for the check boxes cold: the first real form then took more than twice a warm conversion.
        """
        _, _, doc = self.convert({}, warm_up_docx())
        close_quietly(doc)


WARM_UP_PARAGRAPH = (
    '<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Times New Roman" w:eastAsia="{font}"/>'
    '{bold}<w:sz w:val="{size}"/></w:rPr><w:t xml:space="preserve">{text}</w:t></w:r></w:p>')


def warm_up_docx():
    """A one-page DOCX with what the forms use: 宋体/黑体/仿宋 text, bold, a bordered table with merged cells, ☑/□."""
    cell = '<w:tc><w:tcPr><w:tcW w:w="4000" w:type="dxa"/>{merge}</w:tcPr>%s</w:tc>'

    def paragraph(text, font="宋体", bold=False, size=24):
        return WARM_UP_PARAGRAPH.format(font=font, bold="<w:b/>" if bold else "", size=size, text=text)

    borders = "".join('<w:%s w:val="single" w:sz="4"/>' % side for side in ("top", "left", "bottom", "right", "insideH", "insideV"))
    rows = "".join(
        "<w:tr>%s%s</w:tr>" % (
            (cell % paragraph("一级指标", "黑体", True)).format(merge='<w:vMerge w:val="restart"/>' if i == 0 else "<w:vMerge/>"),
            (cell % paragraph("☑ 是　□ 否　得分 %d.5" % i, "仿宋_GB2312")).format(merge=""))
        for i in range(6))
    body = (paragraph("绿色制造名单申报书", "方正小标宋简体", True, 44)
            + '<w:tbl><w:tblPr><w:tblW w:w="8000" w:type="dxa"/><w:tblBorders>%s</w:tblBorders></w:tblPr>'
              '<w:tblGrid><w:gridCol w:w="4000"/><w:gridCol w:w="4000"/></w:tblGrid>%s</w:tbl>' % (borders, rows)
            + paragraph("申报单位（盖章）：2025年6月30日 0123456789 ABC"))
    document = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>%s'
                '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>' % body)
    parts = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Override PartName="/word/document.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Target="word/document.xml" '
            'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"/></Relationships>',
        "word/document.xml": document,
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in parts.items():
            z.writestr(name, text.encode("utf-8"))
    return buffer.getvalue()


def close_quietly(doc):
    try:
        doc.close(True)
    except Exception:
        try:
            doc.dispose()
        except Exception:
            pass


def is_fatal(exc):
    # A dead or disposed office cannot serve another request: the pool must replace the worker.
    return isinstance(exc, (DisposedException, UnoRuntimeException))


def main():
    args = sys.argv[1:]
    pipe_name = args[args.index("--pipe") + 1]
    timeout_s = float(args[args.index("--connect-timeout") + 1]) if "--connect-timeout" in args else 60.0

    t0 = time.perf_counter()
    conv = Converter(connect(pipe_name, timeout_s))
    t1 = time.perf_counter()
    conv.warm_up()
    t2 = time.perf_counter()
    write_response(b"R", {"pid": os.getpid(), "connectMs": round((t1 - t0) * 1e3, 1),
                          "warmUpMs": round((t2 - t1) * 1e3, 1)})

    while True:
        header_bytes = read_frame()
        docx = read_frame() if header_bytes is not None else None
        if docx is None:
            # stdin closed: the pool is shutting this worker down. A terminated office removes its
            # pipes and profile lock itself; the pool kills it only if this does not happen in time.
            try:
                conv.desktop.terminate()
            except Exception:  # noqa: BLE001 - the office may already be gone
                pass
            return 0
        try:
            header = json.loads(header_bytes.decode("utf-8"))
            pdf, meta, doc = conv.convert(header, docx)
        except Exception as exc:  # noqa: BLE001 - every failure is reported to the pool
            fatal = is_fatal(exc)
            write_response(b"E", {"error": "%s: %s" % (type(exc).__name__, getattr(exc, "Message", None) or exc),
                                  "fatal": fatal})
            if fatal:
                return 3
            continue
        write_response(b"O", meta, pdf)
        # Closing takes ~20 ms; doing it after the answer keeps it off the request's latency.
        close_quietly(doc)


if __name__ == "__main__":
    sys.exit(main())
