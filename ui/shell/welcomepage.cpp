#include "welcomepage.h"

#include "recentplace.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

WelcomePage::WelcomePage(QWidget* parent)
    : QWidget(parent)
    , m_recent(new QListWidget(this)) {
    auto* outer = new QHBoxLayout(this);
    auto* column = new QVBoxLayout;
    auto* title = new QLabel(tr("<h2>Aan Tafel</h2><p>Klachten van inwoners: eerst samen oplossen, zo nodig een "
                                "standpunt, altijd ervan leren.</p>"),
                             this);
    title->setWordWrap(true);
    column->addWidget(title);
    auto* buttons = new QHBoxLayout;
    auto* create = new QPushButton(tr("&Nieuw gemeentebestand…"), this);
    auto* open = new QPushButton(tr("&Openen…"), this);
    auto* server = new QPushButton(tr("&Verbinden met teamserver…"), this);
    create->setAccessibleName(tr("Nieuw gemeentebestand"));
    open->setAccessibleName(tr("Gemeentebestand openen"));
    server->setAccessibleName(tr("Verbinden met teamserver"));
    server->setObjectName(QStringLiteral("connectToServer"));
    buttons->addWidget(create);
    buttons->addWidget(open);
    buttons->addWidget(server);
    buttons->addStretch();
    column->addLayout(buttons);
    auto* recentLabel = new QLabel(tr("&Recente bestanden:"), this);
    recentLabel->setBuddy(m_recent);
    column->addSpacing(12);
    column->addWidget(recentLabel);
    m_recent->setAccessibleName(tr("Recente bestanden"));
    column->addWidget(m_recent, 1);
    outer->addStretch(1);
    outer->addLayout(column, 3);
    outer->addStretch(1);

    connect(create, &QPushButton::clicked, this, &WelcomePage::newRequested);
    connect(open, &QPushButton::clicked, this, &WelcomePage::openRequested);
    connect(server, &QPushButton::clicked, this, &WelcomePage::serverRequested);
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        if (item->flags().testFlag(Qt::ItemIsEnabled))
            emit recentRequested(item->data(Qt::UserRole).toString());
    });
}

void WelcomePage::setRecentFiles(const QStringList& files) {
    m_recent->clear();
    for (const QString& path : files) {
        // A file by its name and folder; a team server by its database and host (recentplace.h).
        const RecentPlace place(path);
        auto* item = new QListWidgetItem(place.name() + QStringLiteral("  —  ") + place.detail());
        item->setData(Qt::UserRole, path);
        item->setToolTip(path);
        if (!place.available()) {
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
            item->setText(tr("%1  —  %2  (niet gevonden)").arg(place.name(), place.detail()));
        }
        m_recent->addItem(item);
    }
    if (m_recent->count() > 0)
        m_recent->setCurrentRow(0);
}
