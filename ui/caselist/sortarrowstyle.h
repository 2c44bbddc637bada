// The sort arrow of the case list's header as people read it: an arrow pointing down while the list
// runs from high to low (newest first), pointing up from low to high. Qt's header asks the style
// for the opposite (QHeaderView draws Qt::DescendingOrder as SortUp), so the list's default order,
// newest first, showed an arrow that reads as "oldest first". This proxy style turns the arrow round
// and leaves everything else to the application's style.
#pragma once

#include <QProxyStyle>

class SortArrowStyle : public QProxyStyle {
    Q_OBJECT
public:
    explicit SortArrowStyle(QObject* parent = nullptr);

    void drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                       const QWidget* widget = nullptr) const override;
};
