#pragma once

#include "app/export/exporter.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QSpinBox;

namespace mailpath::app {

/**
 * File > Export…: format, file, resolution, the flow to highlight, title and date.
 * Accepting runs the Exporter; failures are shown and keep the dialog open.
 */
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    ExportDialog(const core::Design &design, const QString &currentFlowId,
                 QWidget *parent = nullptr, const QString &documentPath = {});

    ExportSettings settings() const;
    QString path() const;

    void accept() override;

private:
    void browse();
    void formatChanged();

    const core::Design &m_design;
    QString m_titleKey;
    QComboBox *m_format = nullptr;
    QLineEdit *m_path = nullptr;
    QSpinBox *m_dpi = nullptr;
    QComboBox *m_paper = nullptr; //!< PDF paper and orientation
    QComboBox *m_language = nullptr; //!< of the legend, title block and report
    QComboBox *m_flow = nullptr;
    QLineEdit *m_title = nullptr;
    QDateEdit *m_date = nullptr;
};

} // namespace mailpath::app
