#include "placeholderpicker.h"

#include "letters/letterfields.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

PlaceholderPicker::PlaceholderPicker(QWidget* parent)
    : QWidget(parent) {
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("placeholderList"));
    m_list->setAccessibleName(tr("Velden die een sjabloon kan gebruiken"));
    m_list->setHeaderLabels({tr("Veld"), tr("Betekenis")});
    m_list->setRootIsDecorated(false);
    m_list->setWordWrap(true);
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    for (const PlaceholderInfo& info : LetterFields::catalogue()) {
        auto* item = new QTreeWidgetItem(m_list, {info.example, info.description});
        item->setData(0, Qt::UserRole, info.name);
        item->setToolTip(0, info.example);
        item->setToolTip(1, info.description);
    }
    auto* insert = new QPushButton(tr("Veld &invoegen"), this);
    insert->setObjectName(QStringLiteral("insertPlaceholder"));
    insert->setAutoDefault(false);
    const auto pickCurrent = [this] {
        if (const QTreeWidgetItem* item = m_list->currentItem())
            emit picked(item->data(0, Qt::UserRole).toString());
    };
    connect(insert, &QPushButton::clicked, this, pickCurrent);
    connect(m_list, &QTreeWidget::itemActivated, this, pickCurrent);

    auto* label = new QLabel(tr("&Velden:"), this);
    label->setBuddy(m_list);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(m_list, 1);
    layout->addWidget(insert);
}

QString PlaceholderPicker::exampleOf(const QString& name) {
    for (const PlaceholderInfo& info : LetterFields::catalogue()) {
        if (info.name == name)
            return info.example;
    }
    return {};
}
