#include "palettestyle.h"

#include <QCoreApplication>
#include <QEvent>
#include <QPointer>
#include <QWidget>

namespace {

// Watches the application object for palette changes and passes them on as one signal once the
// event loop runs again: by then every widget has resolved its own palette anew (the application
// object hears of the change before its widgets do), and a burst of changes restyles once.
class PaletteWatcher : public QObject {
    Q_OBJECT
public:
    static PaletteWatcher& instance() {
        static QPointer<PaletteWatcher> watcher;
        if (!watcher)
            watcher = new PaletteWatcher(QCoreApplication::instance());
        return *watcher;
    }

signals:
    void changed();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (watched == QCoreApplication::instance() && event->type() == QEvent::ApplicationPaletteChange &&
            !m_pending) {
            m_pending = true;
            QMetaObject::invokeMethod(
                this,
                [this] {
                    m_pending = false;
                    emit changed();
                },
                Qt::QueuedConnection);
        }
        return false;
    }

private:
    explicit PaletteWatcher(QObject* application)
        : QObject(application) {
        application->installEventFilter(this);
    }

    bool m_pending = false;
};

// The sheet a widget follows; a child of the widget, so that it goes when the widget goes.
class SheetFollower : public QObject {
public:
    SheetFollower(QWidget* widget, PaletteStyle::Sheet sheet)
        : QObject(widget)
        , m_widget(widget)
        , m_sheet(std::move(sheet)) {
        setObjectName(name());
        connect(&PaletteWatcher::instance(), &PaletteWatcher::changed, this, &SheetFollower::apply);
    }
    static QString name() { return QStringLiteral("paletteStyleFollower"); }
    void setSheet(PaletteStyle::Sheet sheet) {
        m_sheet = std::move(sheet);
        apply();
    }
    void apply() {
        const QString sheet = m_sheet(StatePalette());
        // Setting the same sheet again would only repolish the widget.
        if (m_widget->styleSheet() != sheet)
            m_widget->setStyleSheet(sheet);
    }

private:
    QWidget* m_widget;
    PaletteStyle::Sheet m_sheet;
};

SheetFollower* followerOf(QWidget* widget) {
    return widget->findChild<SheetFollower*>(SheetFollower::name(), Qt::FindDirectChildrenOnly);
}

} // namespace

void PaletteStyle::set(QWidget* widget, Sheet sheet) {
    if (SheetFollower* follower = followerOf(widget)) {
        follower->setSheet(std::move(sheet));
        return;
    }
    (new SheetFollower(widget, std::move(sheet)))->apply();
}

void PaletteStyle::text(QWidget* widget, StatePalette::Role role) {
    set(widget, [role](const StatePalette& palette) { return palette.textStyleSheet(role); });
}

void PaletteStyle::box(QWidget* widget, StatePalette::Role role, const QString& padding) {
    set(widget, [role, padding](const StatePalette& palette) {
        return palette.boxStyleSheet(role, QStringLiteral("QLabel"), padding);
    });
}

void PaletteStyle::clear(QWidget* widget) {
    delete followerOf(widget);
    widget->setStyleSheet(QString());
}

void PaletteStyle::onChange(QObject* owner, std::function<void()> restyle) {
    QObject::connect(&PaletteWatcher::instance(), &PaletteWatcher::changed, owner, std::move(restyle));
}

#include "palettestyle.moc"
