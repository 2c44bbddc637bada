#include "timelinetab.h"

#include "spaceddelegate.h"

#include "deadlines/termcalculator.h"
#include "workflow/eventtext.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

enum Column { TimeColumn, KindColumn, AuthorColumn, TextColumn };

} // namespace

TimelineTab::TimelineTab(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("timelineTab"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("timelineKind"));
    m_kind->setAccessibleName(tr("Soort tijdlijnregel"));
    for (EventKind kind : {EventKind::ContactMoment, EventKind::Agreement, EventKind::Transfer, EventKind::Note})
        m_kind->addItem(EnumText::label(kind), int(kind));

    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("timelineText"));
    m_text->setAccessibleName(tr("Tekst van de tijdlijnregel"));
    m_text->setPlaceholderText(tr("Wat is er besproken of afgesproken? Ctrl+Enter voegt de regel toe."));
    m_text->setTabChangesFocus(true);
    m_text->setFixedHeight(m_text->fontMetrics().lineSpacing() * 3 + 14);
    m_text->installEventFilter(this);

    m_add = new QPushButton(tr("Toe&voegen"), this);
    m_add->setObjectName(QStringLiteral("timelineAdd"));
    m_add->setToolTip(tr("Ctrl+Enter"));
    m_add->setAutoDefault(false);
    connect(m_add, &QPushButton::clicked, this, &TimelineTab::requestAdd);

    auto* kindLabel = new QLabel(tr("&Soort:"), this);
    kindLabel->setBuddy(m_kind);
    auto* textLabel = new QLabel(tr("Te&kst:"), this);
    textLabel->setBuddy(m_text);
    auto* entry = new QGridLayout;
    entry->addWidget(kindLabel, 0, 0);
    entry->addWidget(m_kind, 0, 1);
    entry->addWidget(textLabel, 0, 2);
    entry->addWidget(m_text, 0, 3, 2, 1);
    entry->addWidget(m_add, 0, 4, Qt::AlignTop);
    entry->setColumnStretch(3, 1);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("timelineList"));
    m_list->setAccessibleName(tr("Tijdlijn, nieuwste eerst"));
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setWordWrap(true);
    m_list->setUniformRowHeights(false);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setItemDelegate(new SpacedDelegate(m_list));
    m_list->setHeaderLabels({tr("Wanneer"), tr("Soort"), tr("Door"), tr("Wat")});
    m_list->header()->setStretchLastSection(true);
    m_list->header()->setSectionResizeMode(TimeColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(KindColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(AuthorColumn, QHeaderView::ResizeToContents);
    // Rows wrap to the width of Wat: lay them out again when that width changes.
    connect(m_list->header(), &QHeaderView::sectionResized, this, [this](int section) {
        if (section == TextColumn)
            QMetaObject::invokeMethod(m_list, &QTreeWidget::doItemsLayout, Qt::QueuedConnection);
    });

    m_openLetter = new QPushButton(tr("Verzonden brief &inzien…"), this);
    m_openLetter->setObjectName(QStringLiteral("timelineOpenLetter"));
    m_openLetter->setAutoDefault(false);
    m_openLetter->setEnabled(false);
    connect(m_openLetter, &QPushButton::clicked, this, [this] {
        if (const CaseEvent* letter = selectedLetter())
            emit letterRequested(*letter);
    });
    connect(m_list, &QTreeWidget::itemSelectionChanged, this,
            [this] { m_openLetter->setEnabled(selectedLetter() != nullptr); });
    connect(m_list, &QTreeWidget::itemActivated, this, [this] {
        if (const CaseEvent* letter = selectedLetter())
            emit letterRequested(*letter);
    });

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(entry);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_openLetter, 0, Qt::AlignRight);
    setTabOrder(m_kind, m_text);
    setTabOrder(m_text, m_add);
    setTabOrder(m_add, m_list);
    setTabOrder(m_list, m_openLetter);
}

const CaseEvent* TimelineTab::selectedLetter() const {
    const QTreeWidgetItem* item = m_list->currentItem();
    if (!item || !item->isSelected())
        return nullptr;
    const qsizetype index = item->data(TimeColumn, Qt::UserRole).toLongLong();
    if (index < 0 || index >= m_events.size() || m_events.at(index).kind != EventKind::Letter)
        return nullptr;
    return &m_events.at(index);
}

bool TimelineTab::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_text && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            key->modifiers().testFlag(Qt::ControlModifier)) {
            requestAdd();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void TimelineTab::requestAdd() {
    const QString text = m_text->toPlainText().trimmed();
    if (text.isEmpty()) {
        m_text->setFocus();
        return;
    }
    emit addRequested(static_cast<EventKind>(m_kind->currentData().toInt()), text);
}

void TimelineTab::clearEntry() {
    m_text->clear();
}

void TimelineTab::setCase(const Case& c) {
    m_list->clear();
    m_events = c.events;
    QList<QTreeWidgetItem*> items;
    for (auto it = c.events.crbegin(); it != c.events.crend(); ++it) {
        const CaseEvent& e = *it;
        auto* item = new QTreeWidgetItem;
        item->setData(TimeColumn, Qt::UserRole, qlonglong(std::distance(c.events.cbegin(), it.base()) - 1));
        const QDateTime local = e.at.toLocalTime();
        item->setText(TimeColumn,
                      TermCalculator::shortDate(local.date()) + u' ' + local.time().toString(QStringLiteral("HH:mm")));
        item->setText(KindColumn, EnumText::label(e.kind));
        item->setText(AuthorColumn, e.author);
        // What the program recorded reads in the reader's language; what people typed, as typed.
        const QString text = EventText::render(e);
        item->setText(TextColumn, text);
        item->setToolTip(TextColumn, text);
        item->setTextAlignment(TimeColumn, Qt::AlignLeft | Qt::AlignTop);
        item->setTextAlignment(KindColumn, Qt::AlignLeft | Qt::AlignTop);
        item->setTextAlignment(AuthorColumn, Qt::AlignLeft | Qt::AlignTop);
        item->setTextAlignment(TextColumn, Qt::AlignLeft | Qt::AlignTop);
        if (e.kind == EventKind::Letter)
            item->setToolTip(KindColumn, tr("Dubbelklik of Enter: de verzonden brief inzien"));
        if (e.kind == EventKind::PhaseChange || e.kind == EventKind::Decision) {
            QFont bold = item->font(KindColumn);
            bold.setBold(true);
            item->setFont(KindColumn, bold);
        }
        items << item;
    }
    m_list->addTopLevelItems(items);
    m_openLetter->setEnabled(false);
}

void TimelineTab::setReadOnly(bool readOnly) {
    m_kind->setEnabled(!readOnly);
    m_text->setReadOnly(readOnly);
    m_add->setEnabled(!readOnly);
}
