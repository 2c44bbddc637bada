// While a SecureDelete lives, SQLite overwrites deleted content with zeros (PRAGMA secure_delete), so
// that removed text and document bytes do not linger in free pages of the file. For retention runs
// and removed documents; restored to off when it goes, and a failure to restore costs only speed.
#pragma once

class Database;

class SecureDelete {
public:
    explicit SecureDelete(Database& db);
    ~SecureDelete();
    SecureDelete(const SecureDelete&) = delete;
    SecureDelete& operator=(const SecureDelete&) = delete;

private:
    Database& m_db;
};
