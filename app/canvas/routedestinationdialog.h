#pragma once

#include <QDialog>

#include <functional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace mailpath::app {

/**
 * Asks for the destination of a route drawn on the canvas. The field is checked as the user
 * types: a message under it says what is wrong and OK stays disabled until it is right.
 */
class RouteDestinationDialog : public QDialog
{
    Q_OBJECT

public:
    /** Returns "" when the text is acceptable, else the message to show. */
    using Validator = std::function<QString(const QString &)>;

    RouteDestinationDialog(const QString &question, const QString &suggestion,
                           Validator validator, QWidget *parent = nullptr);

    QString destination() const;
    QString error() const;
    QLineEdit *field() const { return m_field; }

private:
    void revalidate();

    Validator m_validator;
    QLineEdit *m_field;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace mailpath::app
