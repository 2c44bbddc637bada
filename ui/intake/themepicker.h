// Picks the themes of a case from the municipality's theme list, keyboard first: typing in the
// search field narrows the checkable list, Enter ticks the first theme shown, or adds the typed
// text as a new theme (ticked) when no theme matches. Space ticks in the list as usual. New themes
// only live in the picker; the case repository adds them to the file's list when the case is saved.
#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;

class ThemePicker : public QWidget {
    Q_OBJECT
public:
    explicit ThemePicker(const QStringList& themes, QWidget* parent = nullptr);

    // The ticked themes, in list order.
    QStringList checkedThemes() const;
    void setChecked(const QString& theme, bool checked);

    QLineEdit* searchEdit() const { return m_search; }
    QListWidget* list() const { return m_list; }

signals:
    void changed();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void applyFilter(const QString& text);
    // Enter in the search field: tick the first match or add a new theme. False when the field was
    // empty, so that Enter keeps its dialog meaning.
    bool pickFromSearch();
    void updateSummary();

    QLineEdit* m_search = nullptr;
    QListWidget* m_list = nullptr;
    QLabel* m_summary = nullptr;
};
