#include "importmapping.h"

#include "domain/enums.h"
#include "importvocabulary.h"
#include "output/outputfile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

namespace {

const QString FormatName = QStringLiteral("aantafel-import-mapping");

template <typename E> QList<std::pair<QString, QString>> codesOf() {
    QList<std::pair<QString, QString>> out;
    for (E v : EnumText::all<E>())
        out.append({EnumText::code(v), EnumText::label(v)});
    return out;
}

} // namespace

QList<ImportField> ImportMapping::allFields() {
    QList<ImportField> out;
    for (int i = int(ImportField::Reference); i <= int(ImportField::NoticeSent); ++i)
        out.append(ImportField(i));
    return out;
}

QString ImportMapping::code(ImportField field) {
    switch (field) {
    case ImportField::Reference: return QStringLiteral("reference");
    case ImportField::Received: return QStringLiteral("received");
    case ImportField::ConductDate: return QStringLiteral("conduct_date");
    case ImportField::Kind: return QStringLiteral("kind");
    case ImportField::Channel: return QStringLiteral("channel");
    case ImportField::KlagerName: return QStringLiteral("klager_name");
    case ImportField::KlagerAddress: return QStringLiteral("klager_address");
    case ImportField::KlagerPhone: return QStringLiteral("klager_phone");
    case ImportField::KlagerEmail: return QStringLiteral("klager_email");
    case ImportField::Anonymous: return QStringLiteral("anonymous");
    case ImportField::Domain: return QStringLiteral("domain");
    case ImportField::Themes: return QStringLiteral("themes");
    case ImportField::Story: return QStringLiteral("story");
    case ImportField::DesiredOutcome: return QStringLiteral("desired_outcome");
    case ImportField::Handler: return QStringLiteral("handler");
    case ImportField::Department: return QStringLiteral("department");
    case ImportField::Employee: return QStringLiteral("employee");
    case ImportField::Provider: return QStringLiteral("provider");
    case ImportField::Phase: return QStringLiteral("phase");
    case ImportField::Outcome: return QStringLiteral("outcome");
    case ImportField::ClosedOn: return QStringLiteral("closed_on");
    case ImportField::HearingHeld: return QStringLiteral("hearing_held");
    case ImportField::Confirmation: return QStringLiteral("confirmation");
    case ImportField::NonHandlingGround: return QStringLiteral("non_handling_ground");
    case ImportField::NoticeSent: return QStringLiteral("notice_sent");
    }
    return {};
}

QString ImportMapping::label(ImportField field) {
    switch (field) {
    case ImportField::Reference: return tr("Kenmerk (oud zaaknummer)");
    case ImportField::Received: return tr("Datum ontvangst");
    case ImportField::ConductDate: return tr("Datum gedraging");
    case ImportField::Kind: return tr("Soort");
    case ImportField::Channel: return tr("Kanaal");
    case ImportField::KlagerName: return tr("Naam klager");
    case ImportField::KlagerAddress: return tr("Adres klager");
    case ImportField::KlagerPhone: return tr("Telefoon klager");
    case ImportField::KlagerEmail: return tr("E-mail klager");
    case ImportField::Anonymous: return tr("Anoniem");
    case ImportField::Domain: return tr("Domein");
    case ImportField::Themes: return tr("Thema's");
    case ImportField::Story: return tr("Omschrijving");
    case ImportField::DesiredOutcome: return tr("Gewenste uitkomst");
    case ImportField::Handler: return tr("Behandelaar");
    case ImportField::Department: return tr("Afdeling");
    case ImportField::Employee: return tr("Medewerker (beklaagde)");
    case ImportField::Provider: return tr("Aanbieder");
    case ImportField::Phase: return tr("Fase");
    case ImportField::Outcome: return tr("Uitkomst");
    case ImportField::ClosedOn: return tr("Datum afgesloten");
    case ImportField::HearingHeld: return tr("Datum hoorzitting");
    case ImportField::Confirmation: return tr("Bevestiging klager (art. 9:5)");
    case ImportField::NonHandlingGround: return tr("Grond niet behandelen (art. 9:8)");
    case ImportField::NoticeSent: return tr("Datum kennisgeving (art. 9:8 lid 3)");
    }
    return {};
}

std::optional<ImportField> ImportMapping::fieldFromCode(const QString& c) {
    for (ImportField f : allFields()) {
        if (code(f) == c)
            return f;
    }
    return std::nullopt;
}

bool ImportMapping::isVocabulary(ImportField field) {
    return !vocabulary(field).isEmpty();
}

QList<std::pair<QString, QString>> ImportMapping::vocabulary(ImportField field) {
    switch (field) {
    case ImportField::Kind: return codesOf<CaseKind>();
    case ImportField::Channel: return codesOf<Channel>();
    case ImportField::Domain: return codesOf<PolicyDomain>();
    case ImportField::Phase: {
        auto all = codesOf<Phase>();
        // A warme overdracht needs a follow-up date no register holds; it is not imported as a phase.
        all.removeIf([](const auto& p) { return p.first == EnumText::code(Phase::Referred); });
        return all;
    }
    case ImportField::Outcome: return codesOf<Outcome>().mid(1);
    case ImportField::Confirmation: return codesOf<ConfirmationMethod>().mid(1);
    case ImportField::NonHandlingGround: return codesOf<NonHandlingGround>().mid(1);
    case ImportField::Anonymous: return {{QStringLiteral("true"), tr("Ja")}, {QStringLiteral("false"), tr("Nee")}};
    default: return {};
    }
}

QString ImportMapping::normalized(const QString& word) {
    return word.simplified().toLower();
}

ImportMapping ImportMapping::guess(const QStringList& header) {
    struct Candidate {
        int score;
        int column;
        ImportField field;
    };
    QList<Candidate> candidates;
    for (int col = 0; col < header.size(); ++col) {
        const QString h = normalized(header.at(col));
        if (h.isEmpty())
            continue;
        // Whole words only: "tel" must not match "Telefoonnummer" nor "nr" "Nr. oud register".
        QString words = h;
        for (QChar& ch : words) {
            if (!ch.isLetterOrNumber() && ch != u'-' && ch != u':' && ch != u'\'')
                ch = u' ';
        }
        words = u' ' + words.simplified() + u' ';
        for (ImportField field : allFields()) {
            int best = 0;
            for (const QString& word : ImportVocabulary::headerWords(field)) {
                if (h == word || h == code(field) || h == normalized(label(field))) {
                    best = 1000;
                    break;
                }
                if (words.contains(u' ' + word + u' '))
                    best = std::max(best, int(word.size()));
            }
            if (best > 0)
                candidates.append({best, col, field});
        }
    }
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate& a, const Candidate& b) { return a.score > b.score; });
    ImportMapping mapping;
    QSet<int> usedColumns;
    for (const Candidate& c : std::as_const(candidates)) {
        if (usedColumns.contains(c.column) || mapping.isMapped(c.field))
            continue;
        mapping.setColumn(c.field, ColumnRef{header.at(c.column), 0});
        usedColumns.insert(c.column);
    }
    return mapping;
}

void ImportMapping::setColumn(ImportField field, const ColumnRef& column) {
    if (column.isSet())
        m_columns.insert(field, column);
    else
        m_columns.remove(field);
}

int ImportMapping::columnIndex(ImportField field, const QStringList& header) const {
    const auto it = m_columns.constFind(field);
    if (it == m_columns.constEnd())
        return -1;
    if (it->number > 0)
        return it->number <= header.size() ? it->number - 1 : -1;
    const QString wanted = normalized(it->name);
    for (int i = 0; i < header.size(); ++i) {
        if (normalized(header.at(i)) == wanted)
            return i;
    }
    return -1;
}

QStringList ImportMapping::problems(const QStringList& header) const {
    QStringList out;
    if (!isMapped(ImportField::Received))
        out << tr("Kies de kolom met de datum van ontvangst: die is verplicht.");
    for (auto it = m_columns.cbegin(); it != m_columns.cend(); ++it) {
        if (columnIndex(it.key(), header) >= 0)
            continue;
        out << (it->number > 0 ? tr("Kolom %1 voor '%2' bestaat niet: het bestand heeft %3 kolommen.")
                                     .arg(it->number)
                                     .arg(label(it.key()))
                                     .arg(header.size())
                               : tr("Kolom '%1' voor '%2' staat niet in de kopregel.").arg(it->name, label(it.key())));
    }
    return out;
}

QString ImportMapping::translate(ImportField field, const QString& word) const {
    const QString key = normalized(word);
    if (key.isEmpty())
        return {};
    const QString own = m_translations.value(field).value(key);
    if (!own.isEmpty())
        return own;
    const QString byDefault = ImportVocabulary::defaults(field).value(key);
    if (!byDefault.isEmpty())
        return byDefault;
    for (const auto& [c, l] : vocabulary(field)) {
        if (key == c || key == normalized(l))
            return c;
    }
    return {};
}

void ImportMapping::setTranslation(ImportField field, const QString& word, const QString& c) {
    if (c.isEmpty())
        m_translations[field].remove(normalized(word));
    else
        m_translations[field].insert(normalized(word), c);
}

QJsonObject ImportMapping::toJson() const {
    QJsonObject json{{QStringLiteral("format"), FormatName}, {QStringLiteral("version"), 1}};
    if (separator)
        json.insert(QStringLiteral("separator"), *separator == u'\t' ? QStringLiteral("tab") : QString(*separator));
    if (encoding)
        json.insert(QStringLiteral("encoding"), CsvReader::encodingName(*encoding).toLower());
    if (excelDates)
        json.insert(QStringLiteral("excelDates"), true);
    QJsonObject columns;
    for (auto it = m_columns.cbegin(); it != m_columns.cend(); ++it)
        columns.insert(code(it.key()), it->number > 0 ? QJsonValue(it->number) : QJsonValue(it->name));
    json.insert(QStringLiteral("columns"), columns);
    QJsonObject translations;
    for (auto it = m_translations.cbegin(); it != m_translations.cend(); ++it) {
        if (it->isEmpty())
            continue;
        QJsonObject words;
        for (auto w = it->cbegin(); w != it->cend(); ++w)
            words.insert(w.key(), w.value());
        translations.insert(code(it.key()), words);
    }
    if (!translations.isEmpty())
        json.insert(QStringLiteral("translations"), translations);
    return json;
}

std::optional<ImportMapping> ImportMapping::fromJson(const QJsonObject& json, QString* error) {
    const auto fail = [error](const QString& why) -> std::optional<ImportMapping> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (json.value(QStringLiteral("format")).toString() != FormatName)
        return fail(tr("Dit is geen kolomindeling voor het importeren (\"format\" is niet \"%1\").").arg(FormatName));
    if (json.value(QStringLiteral("version")).toInt() != 1)
        return fail(tr("Deze versie van de kolomindeling wordt niet ondersteund."));
    ImportMapping m;
    if (json.contains(QStringLiteral("separator"))) {
        const QString s = json.value(QStringLiteral("separator")).toString();
        if (s == u"tab" || s == u"\t")
            m.separator = u'\t';
        else if (s == u";" || s == u",")
            m.separator = s.at(0);
        else
            return fail(tr("Onbekend scheidingsteken '%1' (kies ;, , of tab).").arg(s));
    }
    if (json.contains(QStringLiteral("encoding"))) {
        const QString e = json.value(QStringLiteral("encoding")).toString();
        m.encoding = CsvReader::encodingFromName(e);
        if (!m.encoding)
            return fail(tr("Onbekende tekenset '%1' (kies utf-8 of windows-1252).").arg(e));
    }
    m.excelDates = json.value(QStringLiteral("excelDates")).toBool(false);
    const QJsonObject columns = json.value(QStringLiteral("columns")).toObject();
    for (auto it = columns.constBegin(); it != columns.constEnd(); ++it) {
        const auto field = fieldFromCode(it.key());
        if (!field)
            return fail(tr("Onbekend veld '%1' in \"columns\".").arg(it.key()));
        const QJsonValue v = it.value();
        if (v.isDouble() && v.toInt() > 0)
            m.setColumn(*field, ColumnRef{{}, v.toInt()});
        else if (v.isString() && !v.toString().trimmed().isEmpty())
            m.setColumn(*field, ColumnRef{v.toString().trimmed(), 0});
        else
            return fail(tr("Veld '%1': geef een kolomnaam of een kolomnummer vanaf 1.").arg(it.key()));
    }
    const QJsonObject translations = json.value(QStringLiteral("translations")).toObject();
    for (auto it = translations.constBegin(); it != translations.constEnd(); ++it) {
        const auto field = fieldFromCode(it.key());
        if (!field || !isVocabulary(*field))
            return fail(tr("Veld '%1' in \"translations\" kent geen vertalingen.").arg(it.key()));
        const QJsonObject words = it.value().toObject();
        for (auto w = words.constBegin(); w != words.constEnd(); ++w) {
            const QString target = w.value().toString();
            const auto codes = vocabulary(*field);
            if (std::none_of(codes.begin(), codes.end(), [&](const auto& p) { return p.first == target; }))
                return fail(
                    tr("Vertaling van '%1' voor '%2': '%3' is geen geldige code.").arg(w.key(), it.key(), target));
            m.setTranslation(*field, w.key(), target);
        }
    }
    return m;
}

std::optional<ImportMapping> ImportMapping::load(const QString& path, QString* error) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Kan de kolomindeling %1 niet openen: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (doc.isNull() || !doc.isObject()) {
        if (error)
            *error = tr("De kolomindeling %1 is geen geldige JSON: %2").arg(path, parseError.errorString());
        return std::nullopt;
    }
    return fromJson(doc.object(), error);
}

bool ImportMapping::save(const QString& path, QString* error) const {
    // The one output writer: never over a municipality file, whole or not at all.
    const QString failure = OutputFile::write(path, QJsonDocument(toJson()).toJson());
    if (!failure.isEmpty() && error)
        *error = failure;
    return failure.isEmpty();
}
