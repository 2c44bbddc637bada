#!/usr/bin/env python3
"""Fills the Dutch plural forms in translations/aantafel_nl.ts.

Source strings are Dutch and write a plural as "enkelvoud/meervoud" next to %n, for example
"%n zaak/zaken". The Dutch catalogue then needs only the two forms, which follow from that
convention: "%n zaak" and "%n zaken". Entries that do not follow it are left unfinished and listed.
"""
import re
import sys
import xml.etree.ElementTree as ET

PAIR = re.compile(r"(\w+)/(\w+)")


def forms(source):
    if not PAIR.search(source):
        return None
    return PAIR.sub(r"\1", source), PAIR.sub(r"\2", source)


def main(path):
    tree = ET.parse(path)
    left = []
    for message in tree.getroot().iter("message"):
        if message.get("numerus") != "yes":
            continue
        translation = message.find("translation")
        if translation.get("type") != "unfinished":
            continue
        source = message.find("source").text or ""
        pair = forms(source)
        if pair is None:
            left.append(source)
            continue
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        for text in pair:
            form = ET.SubElement(translation, "numerusform")
            form.text = text
        del translation.attrib["type"]
    tree.write(path, encoding="utf-8", xml_declaration=True)
    with open(path, encoding="utf-8") as f:
        body = f.read()
    with open(path, "w", encoding="utf-8") as f:
        f.write(body.replace("<?xml version='1.0' encoding='utf-8'?>", '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>', 1))
    for source in left:
        print(f"niet ingevuld (gebruik enkelvoud/meervoud): {source}", file=sys.stderr)
    return 1 if left else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "translations/aantafel_nl.ts"))
