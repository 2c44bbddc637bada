// PINs for "Wie bent u?" are stored only as a salted, slow hash: PBKDF2-HMAC-SHA256 (RFC 8018) with
// a random 16-byte salt and many iterations, written as "pbkdf2-sha256$<iterations>$<salt>$<hash>"
// (salt and hash in base64). Built on QMessageAuthenticationCode so that core needs Qt Core only.
// A PIN is short: the hash slows down guessing by someone who copied the file; it does not make a
// four-digit PIN strong (README, "Gebruikers en rollen").
#pragma once

#include <QByteArray>
#include <QString>

namespace PinHash {
inline constexpr int DefaultIterations = 210000;

// PBKDF2-HMAC-SHA256 of password and salt; length bytes of derived key.
QByteArray pbkdf2Sha256(const QByteArray& password, const QByteArray& salt, int iterations, int length);
// A new stored form of pin with a fresh random salt.
QString make(const QString& pin, int iterations = DefaultIterations);
// True when pin matches the stored form (compared in constant time); false for an empty or malformed one.
bool verify(const QString& pin, const QString& stored);
} // namespace PinHash
