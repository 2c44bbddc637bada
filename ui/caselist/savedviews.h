// Saved views of the case list: a name with the quick filters, the search words and the sort order,
// kept per municipality file in the user's QSettings (group caseList/savedViews/<file key>, where
// the key is a hash of the file's canonical path, so two files never share views and a path never
// has to be escaped into a key). Names are unique without regard to case; saving under an existing
// name replaces that view. The layout carries a version (savedViewsVersion) for later migrations.
#pragma once

#include "caselistmodel.h"

#include <QList>
#include <QString>

#include <optional>

class QSettings;

struct SavedView {
    QString name;
    CaseSelection filter;
    int sortColumn = CaseListModel::Received;
    Qt::SortOrder sortOrder = Qt::DescendingOrder;

    bool operator==(const SavedView&) const = default;
};

class SavedViews {
public:
    static constexpr int Version = 1;

    // settings: where the views are kept, not owned; nullptr: the application's QSettings.
    explicit SavedViews(const QString& municipalityPath, QSettings* settings = nullptr);

    void setSettings(QSettings* settings) { m_settings = settings; }
    // By name, Dutch collation.
    QList<SavedView> all() const;
    std::optional<SavedView> find(const QString& name) const;
    // Adds the view, or replaces the one with the same name. A blank name is refused (false).
    bool save(const SavedView& view);
    // False when there was no such view.
    bool remove(const QString& name);

    // "caseList/savedViews/<key>".
    QString group() const;
    static QString fileKey(const QString& municipalityPath);

private:
    void write(const QList<SavedView>& views) const;

    QString m_path;
    QSettings* m_settings;
};
