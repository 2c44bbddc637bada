#include "themepicker.h"

#include "i18n/languages.h"
#include "shell/clearbutton.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

ThemePicker::ThemePicker(const QStringList& themes, QWidget* parent)
    : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("themeSearch"));
    m_search->setAccessibleName(tr("Thema zoeken of toevoegen"));
    m_search->setPlaceholderText(tr("Zoek of typ een nieuw thema, Enter"));
    m_search->setToolTip(tr("Typ om de lijst te filteren. Enter vinkt het eerste thema aan, of voegt het getypte "
                            "als nieuw thema toe. Pijl omlaag gaat naar de lijst; Spatie vinkt aan."));
    ClearButton::add(m_search, tr("Zoekveld leegmaken"));
    m_search->installEventFilter(this);
    layout->addWidget(m_search);

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("themeList"));
    m_list->setAccessibleName(tr("Thema's"));
    m_list->setUniformItemSizes(true);
    m_list->setSelectionMode(QAbstractItemView::NoSelection); // only the ticks count
    for (const QString& theme : themes) {
        auto* item = new QListWidgetItem(theme, m_list);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    layout->addWidget(m_list, 1);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("themeSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    setFocusProxy(m_search);
    setTabOrder(m_search, m_list);
    connect(m_search, &QLineEdit::textChanged, this, &ThemePicker::applyFilter);
    connect(m_list, &QListWidget::itemChanged, this, [this] {
        updateSummary();
        emit changed();
    });
    updateSummary();
}

QStringList ThemePicker::checkedThemes() const {
    QStringList result;
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->checkState() == Qt::Checked)
            result << m_list->item(row)->text();
    }
    return result;
}

void ThemePicker::setChecked(const QString& theme, bool checked) {
    const auto found = m_list->findItems(theme, Qt::MatchFixedString);
    QListWidgetItem* item = found.isEmpty() ? nullptr : found.first();
    if (!item && checked) {
        item = new QListWidgetItem(theme, m_list);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    }
    if (item)
        item->setCheckState(checked ? Qt::Checked : Qt::Unchecked); // itemChanged → changed()
}

bool ThemePicker::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const bool plain = key->modifiers() == Qt::NoModifier || key->modifiers() == Qt::KeypadModifier;
        if (plain && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter))
            return pickFromSearch();
        if (plain && key->key() == Qt::Key_Down) {
            m_list->setFocus(Qt::TabFocusReason);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ThemePicker::applyFilter(const QString& text) {
    const QString needle = text.simplified();
    QListWidgetItem* first = nullptr;
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem* item = m_list->item(row);
        const bool match = needle.isEmpty() || item->text().contains(needle, Qt::CaseInsensitive);
        item->setHidden(!match);
        if (match && !first)
            first = item;
    }
    if (first)
        m_list->setCurrentItem(first);
}

bool ThemePicker::pickFromSearch() {
    const QString typed = m_search->text().simplified();
    if (typed.isEmpty())
        return false;
    QListWidgetItem* pick = nullptr;
    for (int row = 0; row < m_list->count() && !pick; ++row) {
        QListWidgetItem* item = m_list->item(row);
        if (item->text().compare(typed, Qt::CaseInsensitive) == 0)
            pick = item; // an exact name wins over the first partial match
    }
    for (int row = 0; row < m_list->count() && !pick; ++row) {
        if (!m_list->item(row)->isHidden())
            pick = m_list->item(row);
    }
    if (pick)
        pick->setCheckState(Qt::Checked);
    else
        setChecked(typed, true);
    m_search->clear();
    return true;
}

void ThemePicker::updateSummary() {
    const QStringList checked = checkedThemes();
    m_summary->setText(checked.isEmpty() ? tr("Geen thema gekozen")
                                         : tr("Gekozen: %1").arg(Languages::locale().createSeparatedList(checked)));
}
