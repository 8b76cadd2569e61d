#pragma once

#include "core/model/design.h"

#include <QStyledItemDelegate>

namespace mailpath::app {

/**
 * The From and To cells of the flows table: a line edit completing over the design's
 * endpoints and the SES hosts of its regions (any IPv4 address may be typed), its text
 * selected so that typing replaces it.
 */
class EndpointDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    EndpointDelegate(const core::Design &design, QObject *parent = nullptr)
        : QStyledItemDelegate(parent)
        , m_design(design)
    {}

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;

private:
    const core::Design &m_design;
};

} // namespace mailpath::app
