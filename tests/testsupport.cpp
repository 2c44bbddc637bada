#include "testsupport.h"

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
