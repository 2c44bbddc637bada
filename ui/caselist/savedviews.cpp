#include "savedviews.h"

#include <QCollator>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QLocale>
#include <QSettings>

#include <memory>

namespace {

const QString VersionKey = QStringLiteral("caseList/savedViewsVersion");

// The application's settings unless the caller gave others.
class SettingsAccess {
public:
    explicit SettingsAccess(QSettings* given)
        : m_own(given ? nullptr : std::make_unique<QSettings>())
        , m_settings(given ? given : m_own.get()) {}
    QSettings* operator->() const { return m_settings; }
    QSettings& operator*() const { return *m_settings; }

private:
    std::unique_ptr<QSettings> m_own;
    QSettings* m_settings;
};

template <typename E> QString codeOrEmpty(const std::optional<E>& value) {
    return value ? EnumText::code(*value) : QString();
}

template <typename E> std::optional<E> fromStored(const QVariant& value) {
    const QString code = value.toString();
    return code.isEmpty() ? std::nullopt : EnumText::fromCode<E>(code);
}

SavedView readView(const QSettings& s) {
    SavedView v;
    v.name = s.value(QStringLiteral("name")).toString();
    v.filter.mine = s.value(QStringLiteral("mine")).toBool();
    v.filter.openOnly = s.value(QStringLiteral("open")).toBool();
    v.filter.overdueOnly = s.value(QStringLiteral("overdue")).toBool();
    v.filter.phase = fromStored<Phase>(s.value(QStringLiteral("phase")));
    v.filter.domain = fromStored<PolicyDomain>(s.value(QStringLiteral("domain")));
    v.filter.words = s.value(QStringLiteral("words")).toString();
    const int column = CaseListModel::columnFromCode(s.value(QStringLiteral("sortColumn")).toString());
    v.sortColumn = column < 0 ? int(CaseListModel::Received) : column;
    v.sortOrder = s.value(QStringLiteral("sortOrder")).toString() == QLatin1String("ascending") ? Qt::AscendingOrder
                                                                                                : Qt::DescendingOrder;
    return v;
}

void writeView(QSettings& s, const SavedView& v) {
    s.setValue(QStringLiteral("name"), v.name);
    s.setValue(QStringLiteral("mine"), v.filter.mine);
    s.setValue(QStringLiteral("open"), v.filter.openOnly);
    s.setValue(QStringLiteral("overdue"), v.filter.overdueOnly);
    s.setValue(QStringLiteral("phase"), codeOrEmpty(v.filter.phase));
    s.setValue(QStringLiteral("domain"), codeOrEmpty(v.filter.domain));
    s.setValue(QStringLiteral("words"), v.filter.words);
    s.setValue(QStringLiteral("sortColumn"), CaseListModel::columnCode(v.sortColumn));
    s.setValue(QStringLiteral("sortOrder"),
               v.sortOrder == Qt::AscendingOrder ? QStringLiteral("ascending") : QStringLiteral("descending"));
}

bool sameName(const QString& a, const QString& b) {
    return a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
}

} // namespace

SavedViews::SavedViews(const QString& municipalityPath, QSettings* settings)
    : m_path(municipalityPath)
    , m_settings(settings) {}

QString SavedViews::fileKey(const QString& municipalityPath) {
    const QFileInfo info(municipalityPath);
    const QString canonical = info.canonicalFilePath();
    const QString path = canonical.isEmpty() ? info.absoluteFilePath() : canonical;
    return QString::fromLatin1(QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha256).toHex().left(20));
}

QString SavedViews::group() const {
    return QStringLiteral("caseList/savedViews/") + fileKey(m_path);
}

QList<SavedView> SavedViews::all() const {
    SettingsAccess s(m_settings);
    QList<SavedView> views;
    s->beginGroup(group());
    const int count = s->beginReadArray(QStringLiteral("views"));
    for (int i = 0; i < count; ++i) {
        s->setArrayIndex(i);
        SavedView v = readView(*s);
        if (!v.name.trimmed().isEmpty())
            views << v;
    }
    s->endArray();
    s->endGroup();
    QCollator collator{QLocale(QLocale::Dutch, QLocale::Netherlands)};
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::stable_sort(views.begin(), views.end(),
                     [&collator](const SavedView& a, const SavedView& b) { return collator(a.name, b.name); });
    return views;
}

std::optional<SavedView> SavedViews::find(const QString& name) const {
    for (const SavedView& v : all()) {
        if (sameName(v.name, name))
            return v;
    }
    return std::nullopt;
}

bool SavedViews::save(const SavedView& view) {
    if (view.name.trimmed().isEmpty())
        return false;
    QList<SavedView> views = all();
    views.removeIf([&view](const SavedView& v) { return sameName(v.name, view.name); });
    SavedView stored = view;
    stored.name = view.name.trimmed();
    views << stored;
    write(views);
    return true;
}

bool SavedViews::remove(const QString& name) {
    QList<SavedView> views = all();
    if (views.removeIf([&name](const SavedView& v) { return sameName(v.name, name); }) == 0)
        return false;
    write(views);
    return true;
}

void SavedViews::write(const QList<SavedView>& views) const {
    SettingsAccess s(m_settings);
    s->setValue(VersionKey, Version);
    s->beginGroup(group());
    s->remove(QString()); // the whole group: a shorter array leaves no stale entries behind
    s->setValue(QStringLiteral("file"), QFileInfo(m_path).absoluteFilePath());
    s->beginWriteArray(QStringLiteral("views"), int(views.size()));
    for (int i = 0; i < views.size(); ++i) {
        s->setArrayIndex(i);
        writeView(*s, views.at(i));
    }
    s->endArray();
    s->endGroup();
    s->sync();
}
