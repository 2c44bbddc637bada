#include "uitestsupport.h"

#include "demo/demogenerator.h"
#include "domain/clock.h"
#include "session/municipalitysession.h"
#include "storage/municipalityfile.h"

#include <QApplication>

QString demoMunicipality(const TempDir& dir, const QString& fileName, const QString& name, int cases, int seed) {
    const QString path = dir.path(fileName);
    MunicipalitySettings settings;
    settings.name = name;
    const FixedClock clock(d("2026-11-23"));
    MunicipalitySession session(MunicipalityFile::create(path, settings, QStringLiteral("test")), clock,
                                QStringLiteral("test"));
    DemoOptions options;
    options.cases = cases;
    DemoGenerator(session.engine(), clock, seed).populate(session.database(), options);
    return path;
}

QPalette darkPalette() {
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2d, 0x2d, 0x2d));
    p.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    p.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ToolTipText, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Mid, QColor(0x55, 0x55, 0x55));
    return p;
}

PaletteScope::PaletteScope(const QPalette& palette)
    : m_before(QApplication::palette()) {
    QApplication::setPalette(palette);
}

PaletteScope::~PaletteScope() {
    QApplication::setPalette(m_before);
}
