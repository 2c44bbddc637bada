#!/usr/bin/env python3
"""Writes the sample messages the tests read (tests/data/mail/*.eml) and the two attachments the .msg
generator (make-msg.cpp) puts in its message. Deterministic: running it again gives the same bytes.
Shaped like real mail: quoted-printable and base64 bodies, Windows-1252 and UTF-8, RFC 2047 encoded
names and subjects, RFC 2231 file names, an HTML-only message, inline images, nested forwards, and
broken messages the intake must refuse."""
import base64
import os
import quopri
import struct
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))


def pdf(lines):
    """A one-page PDF whose text poppler can extract (Helvetica, not embedded: test data only)."""
    text = "BT /F1 12 Tf 72 770 Td 16 TL " + " ".join("(%s) '" % l for l in lines) + " ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(text), text.encode("latin-1")),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = b"%PDF-1.4\n"
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (i, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for o in offsets:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return out


def png(width, height, rgb):
    """A small solid-colour PNG."""
    raw = b"".join(b"\x00" + bytes(rgb) * width for _ in range(height))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)) +
            chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def b64(data):
    text = base64.b64encode(data).decode("ascii")
    return "\r\n".join(text[i:i + 76] for i in range(0, len(text), 76))


def qp(text, charset):
    return quopri.encodestring(text.encode(charset)).decode("ascii").replace("\n", "\r\n")


def write(name, text):
    data = text if isinstance(text, bytes) else text.replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8")
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)


VERSLAG = pdf(["Verslag hoorzitting klacht scootmobiel", "Aanwezig: mevrouw Van der Berg en de consulent Wmo."])
FOTO = png(4, 3, (200, 40, 40))
LOGO = png(2, 2, (20, 80, 160))
os.makedirs(os.path.join(HERE, "parts"), exist_ok=True)
with open(os.path.join(HERE, "parts", "verslag.pdf"), "wb") as f:
    f.write(VERSLAG)
with open(os.path.join(HERE, "parts", "foto.png"), "wb") as f:
    f.write(FOTO)

# 1. Windows-1252, quoted-printable, an ISO-8859-1 encoded-word name and a UTF-8 base64 subject.
write("qp-windows1252.eml", """From: =?iso-8859-1?Q?Jos=E9_van_der_Berg?= <jose.vanderberg@example.nl>
To: klachten@voorbeeld.nl
Subject: =?UTF-8?B?S2xhY2h0IG92ZXIgZGUgc2Nvb3Rtb2JpZWwg4oCTIG5pZXQgdGVydWdnZWJlbGQ=?=
Date: Tue, 4 Mar 2025 14:32:10 +0100
Message-ID: <20250304143210.1@example.nl>
MIME-Version: 1.0
Content-Type: text/plain; charset=windows-1252
Content-Transfer-Encoding: quoted-printable

""" + qp("""Geachte heer/mevrouw,

Op 3 februari heb ik een scootmobiel aangevraagd. De consulent zou mij binnen een week terugbellen, maar ik heb niets meer gehoord. Ik ben teleurgesteld en voel me niet serieus genomen; de eigen bijdrage van € 19,50 per maand betaal ik wél.

Met vriendelijke groet,
José van der Berg
Kerkstraat 12, 1234 AB Voorbeeld
""", "cp1252"))

# 2. UTF-8 body in base64, a PDF with an RFC 2231 name, and a photo.
write("base64-utf8-attachments.eml", """From: "Özlem Yıldız" <ozlem.yildiz@example.nl>
To: klachten@voorbeeld.nl
Subject: Klacht wijkteam Noord
Date: Wed, 5 Mar 2025 09:15:00 +0100
Message-ID: <20250305091500.2@example.nl>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="==grens-1=="

--==grens-1==
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

""" + b64("""Beste medewerker,

Het wijkteam Noord heeft mijn aanvraag voor huishoudelijke hulp drie keer kwijtgeraakt.
Bijgevoegd het verslag van het gesprek en een foto van de brief die ik kreeg.

Groeten,
Özlem Yıldız
""".encode("utf-8")) + """
--==grens-1==
Content-Type: application/pdf; name="=?UTF-8?Q?verslag_gesprek_=C3=A9=C3=A9n.pdf?="
Content-Disposition: attachment; filename*=UTF-8''verslag%20gesprek%20%C3%A9%C3%A9n.pdf
Content-Transfer-Encoding: base64

""" + b64(VERSLAG) + """
--==grens-1==
Content-Type: image/png
Content-Disposition: attachment; filename="foto brief.png"
Content-Transfer-Encoding: base64

""" + b64(FOTO) + """
--==grens-1==--
""")

# 3. HTML only, quoted-printable, with a style block, entities and a list.
write("html-only.eml", """From: Pieter Bakker <p.bakker@example.nl>
To: klachten@voorbeeld.nl
Subject: Onheuse bejegening aan de balie
Date: Thu, 6 Mar 2025 16:45:00 +0100
MIME-Version: 1.0
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

""" + qp("""<html><head><title>Klacht</title><style>p { color: red; }</style></head>
<body><p>Geachte heer/mevrouw,</p>
<p>Aan de balie werd ik&nbsp;afgesnauwd toen ik naar mijn <b>bijstandsuitkering</b> vroeg.<br>Dit wil ik niet nog eens meemaken.</p>
<ul><li>Datum: 4 maart</li><li>Tijd: 10.15 uur</li></ul>
<p>Met vriendelijke groet,<br>Pieter Bakker&#8212;Dorpsstraat 3</p>
<script>alert('x')</script></body></html>
""", "utf-8"))

# 4. Alternative plain and HTML, the HTML with an inline logo (Content-ID), plus a real attachment.
write("inline-image.eml", """From: Anna de Vries <anna@example.nl>
To: klachten@voorbeeld.nl
Subject: Klacht over de pgb-uitbetaling
Date: Fri, 7 Mar 2025 08:05:00 +0100
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="buiten"

--buiten
Content-Type: multipart/related; boundary="gerelateerd"

--gerelateerd
Content-Type: multipart/alternative; boundary="keuze"

--keuze
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

""" + qp("""Mijn pgb is al twee maanden niet uitbetaald.
Groet, Anna de Vries
""", "utf-8") + """
--keuze
Content-Type: text/html; charset=utf-8

<p>Mijn pgb is al twee maanden niet uitbetaald.</p><p><img src="cid:logo@anna"></p>
--keuze--

--gerelateerd
Content-Type: image/png
Content-ID: <logo@anna>
Content-Disposition: inline
Content-Transfer-Encoding: base64

""" + b64(LOGO) + """
--gerelateerd--

--buiten
Content-Type: image/png; name="afschrift.png"
Content-Disposition: attachment; filename="afschrift.png"
Content-Transfer-Encoding: base64

""" + b64(FOTO) + """
--buiten--
""")

# 5. A colleague forwards a forward: the resident's complaint, with its attachment, two levels down.
INNER = """From: =?UTF-8?Q?Fatima_Bakkali?= <f.bakkali@example.nl>
To: wijkteam@voorbeeld.nl
Subject: Jeugdhulp voor mijn zoon
Date: Mon, 3 Mar 2025 11:00:00 +0100
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="binnenste"

--binnenste
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Al zes weken wacht ik op een besluit over jeugdhulp voor mijn zoon.
--binnenste
Content-Type: application/pdf
Content-Disposition: attachment; filename="verslag.pdf"
Content-Transfer-Encoding: base64

""" + b64(VERSLAG) + """
--binnenste--
"""
MIDDLE = """From: Wijkteam Zuid <wijkteam@voorbeeld.nl>
To: coordinator@voorbeeld.nl
Subject: Fwd: Jeugdhulp voor mijn zoon
Date: Tue, 4 Mar 2025 09:30:00 +0100
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="midden"

--midden
Content-Type: text/plain; charset=utf-8

Dit hoort bij klachten, denk ik.
--midden
Content-Type: message/rfc822

""" + INNER + """
--midden--
"""
write("nested-forward.eml", ("""From: Coordinator Jeugd <coordinator@voorbeeld.nl>
To: klachten@voorbeeld.nl
Subject: Fwd: Fwd: Jeugdhulp voor mijn zoon
Date: Tue, 4 Mar 2025 15:20:00 +0100
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="buitenste"

--buitenste
Content-Type: text/plain; charset=utf-8

Graag als klacht registreren.
--buitenste
Content-Type: message/rfc822

""" + MIDDLE + """
--buitenste--
""").encode("utf-8").replace(b"\n", b"\r\n"))

# Broken ones.
write("broken-empty.eml", "\n\n")
write("broken-no-headers.eml", """Dit is geen e-mail maar een los tekstbestand
dat iemand de naam klacht.eml heeft gegeven.
""")
# Cut off in the middle of the attachment: no closing boundary.
full = open(os.path.join(HERE, "base64-utf8-attachments.eml"), "rb").read()
cut = full.index(b"Content-Type: image/png")
write("broken-truncated.eml", full[:cut + 120])
write("broken-not-outlook.msg", "Dit is geen Outlook-bericht.\n")
# The signature of a compound file, then nothing that makes sense.
write("broken-compound.msg", bytes.fromhex("d0cf11e0a1b11ae1") + b"\x00" * 40 + b"kapot" * 20)
