#!/usr/bin/env python3
"""Make the simplified-Chinese font Rogatory ships: Noto Sans CJK SC (OFL),
subset to every character of GB 2312 and of the Table of General Standard
Chinese Characters (2013, data/tgh-2013.txt) plus CJK punctuation and
full-width forms, and renamed as the OFL asks of modified fonts.

Needs: Debian package fonts-noto-cjk (or its .ttc files in the directory
given as NOTO_CJK_DIR), and fonttools from PyPI.
Usage: python3 tools/subset-cjk.py [Regular|Bold]  -> fonts/RogatorySansCJKsc-<weight>.otf
"""
import os
import sys
from fontTools import subset
from fontTools.ttLib import TTCollection

weight = sys.argv[1] if len(sys.argv) > 1 else "Regular"
src_dir = os.environ.get("NOTO_CJK_DIR", "/usr/share/fonts/opentype/noto")
src = f"{src_dir}/NotoSansCJK-{weight}.ttc"
SC = 2  # face index of "Noto Sans CJK SC" in the collection

chars = set()
for b1 in range(0xA1, 0xF8):
    for b2 in range(0xA1, 0xFF):
        try:
            chars.add(bytes([b1, b2]).decode("gb2312"))
        except UnicodeDecodeError:
            pass
with open(os.path.join(os.path.dirname(__file__), "..", "data", "tgh-2013.txt"), encoding="utf-8") as f:
    table = [line.strip() for line in f if line.strip() and not line.startswith("#")]
assert len(table) == 8105, len(table)
chars.update(table)
chars.update(chr(c) for c in range(0x20, 0x7F))
chars.update(chr(c) for c in range(0x3000, 0x3040))   # CJK symbols and punctuation
chars.update(chr(c) for c in range(0xFF00, 0xFFF0))   # half- and full-width forms
chars.update("·—‘’“”…‰※")

font = TTCollection(src).fonts[SC]
assert "SC" in str(font["name"].getName(1, 3, 1, 0x409)), "face is not Noto Sans CJK SC"
opts = subset.Options()
opts.layout_features = ["*"]
opts.name_IDs = ["*"]
opts.name_languages = ["*"]
opts.notdef_outline = True
opts.hinting = False
sub = subset.Subsetter(opts)
sub.populate(text="".join(sorted(chars)))
sub.subset(font)

family = "Rogatory Sans CJK SC"
name = font["name"]
for rec in list(name.names):
    if rec.nameID in (1, 16):
        rec.string = family
    elif rec.nameID in (3,):
        rec.string = f"{family.replace(' ', '')}-{weight};subset-of-NotoSansCJKsc"
    elif rec.nameID == 4:
        rec.string = f"{family} {weight}" if weight != "Regular" else family
    elif rec.nameID == 6:
        rec.string = f"{family.replace(' ', '')}-{weight}"
    elif rec.nameID == 17:
        rec.string = weight
if "CFF " in font:
    cff = font["CFF "].cff
    cff.fontNames = [f"{family.replace(' ', '')}-{weight}"]
out = f"fonts/RogatorySansCJKsc-{weight}.otf"
font.save(out)
print(out, len(chars), "characters")
