// The placeholder catalogue of the letters (LetterFields::catalogue) as a list to pick from: each
// placeholder as a template writes it, with what it means. Enter, a double-click or "Veld invoegen"
// picks the current one.
#pragma once

#include <QWidget>

class QTreeWidget;

class PlaceholderPicker : public QWidget {
    Q_OBJECT
public:
    explicit PlaceholderPicker(QWidget* parent = nullptr);

    QTreeWidget* list() const { return m_list; }
    // How a template writes the placeholder, e.g. "{{klager.naam}}" or "{{#commissie}}…{{/commissie}}";
    // empty for a name not in the catalogue.
    static QString exampleOf(const QString& name);

signals:
    void picked(const QString& name);

private:
    QTreeWidget* m_list = nullptr;
};
