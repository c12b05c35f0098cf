#!/usr/bin/env python3
"""Converts the shared benchmark template from docxtemplater's tags to DocGen's, part for part.

usage: bench/shared-form/convert.py [SRC=bench/peers/template-docxtemplater.docx] [OUT=bench/shared-form/template.docx]

Every tag of that template stands whole in one w:t (checked below), so the conversion is textual:
  {#x}☑{/x}{^x}□{/x}  ->  {{ x | check }}            (the same ☑/□ in the same run)
  {#items} ... {/items} ->  {{ for item in items }} ... {{ end }}   (one table row: the tags sit in its first and last cell)
  {field} inside the loop -> {{ item.field }}, elsewhere {field} -> {{ field }}
Every other byte of every part, and the order of the parts, is kept.
"""
import re
import sys
import zipfile
from pathlib import Path

repo = Path(__file__).resolve().parents[2]
src = Path(sys.argv[1]) if len(sys.argv) > 1 else repo / "bench" / "peers" / "template-docxtemplater.docx"
out = Path(sys.argv[2]) if len(sys.argv) > 2 else Path(__file__).resolve().parent / "template.docx"


def convert(xml: str) -> str:
    for text in re.findall(r"<w:t[^>]*>([^<]*)</w:t>", xml):
        if text.count("{") != text.count("}"):
            sys.exit(f"a tag is split across runs: {text!r}; this converter handles whole tags only")
    xml = re.sub(r"\{#(\w+)\}☑\{/\1\}\{\^\1\}□\{/\1\}", r"{{ \1 | check }}", xml)
    if "{#items}" in xml:
        start, end = xml.index("{#items}"), xml.index("{/items}")
        loop = re.sub(r"\{(\w+)\}", r"{{ item.\1 }}", xml[start + len("{#items}"):end])
        xml = xml[:start] + "{{ for item in items }}" + loop + "{{ end }}" + xml[end + len("{/items}"):]
    xml = re.sub(r"(?<!\{)\{(\w+)\}(?!\})", r"{{ \1 }}", xml)
    left = re.findall(r"(?<!\{)\{[#/^]?\w+\}(?!\})", xml)
    if left:
        sys.exit(f"tags left unconverted: {sorted(set(left))}")
    return xml


with zipfile.ZipFile(src) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
    for info in zin.infolist():
        data = zin.read(info.filename)
        if info.filename == "word/document.xml" or re.fullmatch(r"word/(header|footer)\d*\.xml", info.filename):
            data = convert(data.decode("utf-8")).encode("utf-8")
        entry = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
        entry.compress_type = zipfile.ZIP_DEFLATED
        zout.writestr(entry, data)
print(f"wrote {out}")
