// PINs are stored as PBKDF2-HMAC-SHA256: the derivation checked against published test vectors
// (RFC 7914, section 11, which lists PBKDF2-HMAC-SHA256 results), and the stored form against
// right and wrong PINs.
#include "testsupport.h"

#include "users/pinhash.h"

TEST_CASE("PBKDF2-HMAC-SHA256 gives the RFC 7914 test vectors", "[pin]") {
    CHECK(PinHash::pbkdf2Sha256("passwd", "salt", 1, 64).toHex() ==
          "55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc49ca9cccf179b645991664b39d77ef317c71b845b1e3"
          "0bd509112041d3a19783");
    CHECK(PinHash::pbkdf2Sha256("Password", "NaCl", 80000, 64).toHex() ==
          "4ddcd8f60b98be21830cee5ef22701f9641a4418d04c0414aeff08876b34ab56a1d425a1225833549adb841b51c9b3176a272bdebba1"
          "d078478f62b397f33c8d");
}

TEST_CASE("a stored PIN is salted and only the right PIN matches it", "[pin]") {
    const QString stored = PinHash::make(QStringLiteral("4821"), 1000);
    CHECK(stored.startsWith(QLatin1String("pbkdf2-sha256$1000$")));
    CHECK_FALSE(stored.contains(QLatin1String("4821")));
    CHECK(PinHash::verify(QStringLiteral("4821"), stored));
    CHECK_FALSE(PinHash::verify(QStringLiteral("4822"), stored));
    CHECK_FALSE(PinHash::verify(QString(), stored));
    // The same PIN twice: different salts, different stored forms.
    CHECK(PinHash::make(QStringLiteral("4821"), 1000) != stored);
    CHECK_FALSE(PinHash::verify(QStringLiteral("4821"), QStringLiteral("4821")));
    CHECK_FALSE(PinHash::verify(QStringLiteral("4821"), QStringLiteral("pbkdf2-sha256$x$$")));
}
