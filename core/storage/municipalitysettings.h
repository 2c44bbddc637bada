// Per-municipality settings, stored inside the municipality file (never in QSettings): the
// municipality's name and letterhead, which ombudsman the letters name, whether an advisory
// committee handles formal complaints, and the policy terms.
#pragma once

#include "../deadlines/policyterms.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class Database;

struct Ombudsman {
    enum class Kind { National, Municipal };
    Kind kind = Kind::National;
    QString name = QStringLiteral("De Nationale ombudsman");
    QString address = QStringLiteral("Postbus 93122\n2509 AC Den Haag");
    QString website = QStringLiteral("www.nationaleombudsman.nl");

    bool operator==(const Ombudsman&) const = default;
};

struct MunicipalitySettings {
    QString name;    // e.g. "Gemeente Voorbeeld"
    QString address; // postal address, lines separated by \n
    QString phone;
    QString email;
    QByteArray logoPng;     // letterhead logo, may be empty
    bool committee = false; // formal complaints go to a klachtadviescommissie (afdeling 9.1.3)
    Ombudsman ombudsman;
    PolicyTerms terms;
    QString referencePrefix = QStringLiteral("KL");
    int retentionYears = 5; // Selectielijst gemeenten: complaint files kept 5 years after closing
    // The font family of letters, the yearly report and every PDF, e.g. "Arial"; empty: the font the
    // program carries (Liberation Sans). Used where it is installed, else the carried one.
    QString houseFont;

    bool operator==(const MunicipalitySettings&) const = default;
};

class MunicipalitySettingsStore {
    Q_DECLARE_TR_FUNCTIONS(MunicipalitySettingsStore)
public:
    explicit MunicipalitySettingsStore(Database& db)
        : m_db(db) {}
    MunicipalitySettings load();
    // Writes all settings in one transaction, with an audit row per changed key. Refuses an empty
    // reference prefix (StorageError::Invalid).
    void save(const MunicipalitySettings& settings, const QString& user);

private:
    Database& m_db;
};
