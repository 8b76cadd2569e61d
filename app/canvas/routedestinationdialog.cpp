#include "routedestinationdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace mailpath::app {

RouteDestinationDialog::RouteDestinationDialog(const QString &question, const QString &suggestion,
                                               Validator validator, QWidget *parent)
    : QDialog(parent)
    , m_validator(std::move(validator))
    , m_field(new QLineEdit(suggestion, this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Route Destination"));
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(question, this);
    label->setWordWrap(true);
    layout->addWidget(label);
    m_field->setPlaceholderText(tr("e.g. 10.1.0.0/16"));
    layout->addWidget(m_field);
    m_error->setStyleSheet(QStringLiteral("color: #d11f2f"));
    m_error->setWordWrap(true);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_field, &QLineEdit::textChanged, this, &RouteDestinationDialog::revalidate);
    m_field->selectAll();
    revalidate();
}

QString RouteDestinationDialog::destination() const
{
    return m_field->text().trimmed();
}

QString RouteDestinationDialog::error() const
{
    return m_error->text();
}

void RouteDestinationDialog::revalidate()
{
    const QString message = m_validator ? m_validator(destination()) : QString();
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(message.isEmpty());
}

} // namespace mailpath::app
