#include "labelcolumns.h"

#include <QFontMetricsF>
#include <QPaintDevice>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

#include <algorithm>

namespace {

// A little room so that rounding in the text layout cannot push the last letter onto a new line.
constexpr qreal Slack = 2.0;

// The width of the block's text on one line, in device units.
qreal naturalWidth(const QTextBlock& block, const QFont& defaultFont, QPaintDevice* device) {
    qreal width = 0;
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment fragment = it.fragment();
        if (!fragment.isValid())
            continue;
        const QFont font = fragment.charFormat().font().resolve(defaultFont);
        const QFontMetricsF metrics = device ? QFontMetricsF(font, device) : QFontMetricsF(font);
        width += metrics.horizontalAdvance(fragment.text());
    }
    return width;
}

// The widest line of the cell's text plus its padding, in the document's units.
qreal neededWidth(const QTextTable& table, const QTextTableCell& cell, const QFont& defaultFont, QPaintDevice* device,
                  qreal toDocumentUnits) {
    qreal text = 0;
    for (auto it = cell.begin(); !it.atEnd(); ++it) {
        if (it.currentFrame() != nullptr)
            return 0; // a nested table or frame: left to the layout
        text = std::max(text, naturalWidth(it.currentBlock(), defaultFont, device));
    }
    const QTextTableCellFormat format = cell.format().toTableCellFormat();
    const qreal tablePadding = table.format().cellPadding();
    const qreal left = format.hasProperty(QTextFormat::TableCellLeftPadding) ? format.leftPadding() : tablePadding;
    const qreal right = format.hasProperty(QTextFormat::TableCellRightPadding) ? format.rightPadding() : tablePadding;
    return text * toDocumentUnits + left + right + 2 * table.format().border() + Slack;
}

void fitTable(QTextTable& table, const QFont& defaultFont, QPaintDevice* device, qreal toDocumentUnits,
              qreal maxWidth) {
    QTextTableFormat format = table.format();
    QList<QTextLength> widths = format.columnWidthConstraints();
    bool changed = false;
    for (int column = 0; column < std::min<int>(table.columns(), int(widths.size())); ++column) {
        if (widths.at(column).type() != QTextLength::FixedLength)
            continue;
        qreal needed = 0;
        for (int row = 0; row < table.rows(); ++row) {
            const QTextTableCell cell = table.cellAt(row, column);
            if (cell.isValid() && cell.column() == column && cell.columnSpan() == 1)
                needed = std::max(needed, neededWidth(table, cell, defaultFont, device, toDocumentUnits));
        }
        needed = std::min(needed, maxWidth);
        if (needed > widths.at(column).rawValue()) {
            widths[column] = QTextLength(QTextLength::FixedLength, needed);
            changed = true;
        }
    }
    if (changed) {
        format.setColumnWidthConstraints(widths);
        table.setFormat(format);
    }
}

void fitFrame(QTextFrame& frame, const QFont& defaultFont, QPaintDevice* device, qreal toDocumentUnits,
              qreal maxWidth) {
    for (QTextFrame* child : frame.childFrames()) {
        if (auto* table = qobject_cast<QTextTable*>(child))
            fitTable(*table, defaultFont, device, toDocumentUnits, maxWidth);
        fitFrame(*child, defaultFont, device, toDocumentUnits, maxWidth);
    }
}

} // namespace

void LabelColumns::fit(QTextDocument& document, QPaintDevice* device, double maxWidth) {
    // The layout scales the HTML's lengths from 96 dpi to the device (QTextDocumentLayout); metrics
    // measured on the device scale back the other way.
    const qreal toDocumentUnits = device ? 96.0 / device->logicalDpiY() : 1.0;
    fitFrame(*document.rootFrame(), document.defaultFont(), device, toDocumentUnits, maxWidth);
}
