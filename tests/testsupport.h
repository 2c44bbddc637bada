// Shared helpers for tests: temporary directories, whole files, pinned dates, Catch2 printing of Qt types.
#pragma once

#include <catch2/catch.hpp>

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QTemporaryDir>

#include <memory>

// "2025-03-07" → QDate; fails the test on a malformed literal.
QDate d(const char* iso);

// A temporary directory that lives as long as the test; path(name) gives a file inside it.
class TempDir {
public:
    TempDir();
    QString path(const QString& name) const;

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

// A whole file written or read; fails the test when the file cannot be opened.
void writeFile(const QString& path, const QByteArray& bytes);
QByteArray readFile(const QString& path);
// SHA-256 of the file's bytes (hex), to prove that a file is byte for byte as it was.
QByteArray fileHash(const QString& path);

namespace Catch {
template <> struct StringMaker<QString> {
    static std::string convert(const QString& s) { return '"' + s.toStdString() + '"'; }
};
template <> struct StringMaker<QDate> {
    static std::string convert(const QDate& v) {
        return v.isValid() ? v.toString(Qt::ISODate).toStdString() + " (" + v.toString(u"ddd").toStdString() + ")"
                           : std::string("(null date)");
    }
};
} // namespace Catch
