#include "testsupport.h"

#include <QCryptographicHash>
#include <QFile>

QDate d(const char* iso) {
    const QDate date = QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
    if (!date.isValid())
        FAIL("bad date literal in test: " << iso);
    return date;
}

TempDir::TempDir()
    : m_dir(std::make_unique<QTemporaryDir>()) {
    REQUIRE(m_dir->isValid());
}

QString TempDir::path(const QString& name) const {
    return m_dir->filePath(name);
}

void writeFile(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(bytes) == bytes.size());
}

QByteArray readFile(const QString& path) {
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

QByteArray fileHash(const QString& path) {
    return QCryptographicHash::hash(readFile(path), QCryptographicHash::Sha256).toHex();
}
