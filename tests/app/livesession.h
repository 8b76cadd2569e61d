#pragma once

// A user at the real main window, driven with QTest mouse and keyboard events only. Every
// gesture a person makes (a palette drag, a click, a Shift+drag, a key, choosing from a menu)
// counts as one action, so tests can hold the designer to a number of actions per story.
// Palette drags: QTest cannot run QDrag's platform loop, so a drag is the press on the
// palette item followed by the drag-enter/move/drop events the canvas receives, carrying the
// palette's own MIME data.

#include "app/canvas/diagramscene.h"
#include "app/canvas/diagramview.h"
#include "app/gui/canvasactions.h"
#include "app/gui/designdocument.h"
#include "app/flows/flowrunner.h"
#include "app/gui/mainwindow.h"
#include "app/panels/flowspanel.h"
#include "app/panels/inspectorpanel.h"
#include "app/panels/palettepanel.h"
#include "app/panels/ruletableeditor.h"
#include "app/panels/tablepicker.h"
#include "core/layout/autolayout.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QDropEvent>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <QTreeWidgetItemIterator>

#include <functional>
#include <memory>

namespace livesession {

using namespace mailpath;
using namespace mailpath::app;

class Session
{
public:
    MainWindow w;
    int actions = 0;
    QStringList log;

    Session()
    {
        w.resize(1600, 1000);
        w.show();
        w.activateWindow();
    }

    void act(const QString &what)
    {
        ++actions;
        log << what;
    }

    QPoint viewPoint(QPointF scenePos) const { return w.view()->mapFromScene(scenePos); }

    DiagramNode *node(const std::string &key) const { return w.scene()->itemFor(key); }

    /** Whether a drawn key lies (directly or through AZ/region boxes) inside outer. */
    bool inside(const std::string &key, const std::string &outer) const
    {
        for (auto *item = node(key); item; item = dynamic_cast<DiagramNode *>(item->parentItem()))
            if (item->key() == outer)
                return true;
        return outer.empty();
    }

    /**
     * A scene point in an empty part of container ("" for the canvas) with room for a node
     * of size around it: what a user aims at when dropping something there.
     */
    QPointF emptySpot(const std::string &container, QSizeF room = QSizeF(150, 110)) const
    {
        QRectF area = container.empty() ? w.view()->mapToScene(w.view()->viewport()->rect())
                                              .boundingRect()
                                        : node(container)->sceneBoundingRect();
        for (double y = area.top() + 50; y < area.bottom() - 20; y += 20)
            for (double x = area.left() + 30; x < area.right() - 20; x += 20)
                if (clear(QPointF(x, y), container, room))
                    return QPointF(x, y);
        if (room.width() > 2) // crowded: any spot where the drop lands in the container
            return emptySpot(container, QSizeF(1, 1));
        return area.center();
    }

    bool clear(QPointF p, const std::string &container, QSizeF room) const
    {
        const std::string here = w.scene()->keyAt(p);
        const bool ok = container.empty()
                            ? here.empty() || core::isRegionKey(here)
                            : here == container
                                  || (inside(here, container) && node(here)->isContainer()
                                      && !isOwnBox(here));
        const std::string target = w.scene()->keyAt(p, nullptr, true); // where a drop lands
        if (!ok || (target != here && !(container.empty() && core::isRegionKey(target))))
            return false;
        const QRectF box(p - QPointF(room.width() / 2, room.height() / 2), room);
        if (!node(here) ? !w.view()->mapToScene(w.view()->viewport()->rect()).boundingRect()
                               .contains(box)
                        : !node(here)->sceneBoundingRect().contains(box))
            return false;
        for (auto *item : w.scene()->items(box)) { // nothing but the boxes around the spot
            auto *other = dynamic_cast<DiagramNode *>(item);
            if (other && other->key() != here && !inside(here, other->key()))
                return false;
        }
        return true;
    }

    /** Subnets and VPCs are boxes the user would not drop into by mistake. */
    bool isOwnBox(const std::string &key) const
    {
        const auto kind = w.document()->design().kindOf(key);
        return kind == core::ResourceKind::Subnet || kind == core::ResourceKind::Vpc;
    }

    /** Drags a palette component to a scene point; returns the key the canvas selected. */
    std::string drag(const QString &entry, QPointF scenePos)
    {
        act("drag " + entry);
        auto *palette = w.findChild<PalettePanel *>();
        QTreeWidgetItem *item = nullptr;
        for (QTreeWidgetItemIterator it(palette); *it; ++it)
            if ((*it)->data(0, Qt::UserRole).toString() == entry)
                item = *it;
        if (!item)
            return {};
        palette->scrollToItem(item);
        const QPoint start = palette->visualItemRect(item).center();
        QTest::mousePress(palette->viewport(), Qt::LeftButton, {}, start);
        std::unique_ptr<QMimeData> mime(palette->model()->mimeData({palette->currentIndex()}));
        QTest::mouseRelease(palette->viewport(), Qt::LeftButton, {}, start);
        const QPoint at = viewPoint(scenePos);
        QWidget *target = w.view()->viewport();
        QDragEnterEvent enter(at, Qt::CopyAction, mime.get(), Qt::LeftButton, {});
        QApplication::sendEvent(target, &enter);
        QDragMoveEvent move(at, Qt::CopyAction, mime.get(), Qt::LeftButton, {});
        QApplication::sendEvent(target, &move);
        QDropEvent drop(QPointF(at), Qt::CopyAction, mime.get(), Qt::LeftButton, {});
        QApplication::sendEvent(target, &drop);
        settle();
        const auto keys = w.scene()->selectedKeys();
        return keys.size() == 1 ? keys.front() : std::string();
    }

    /** Drags a drawn node by its centre to a scene point (press, moves, release). */
    void moveNode(const std::string &key, QPointF to)
    {
        act("drag node");
        const QPoint a = viewPoint(node(key)->sceneBoundingRect().center());
        const QPoint b = viewPoint(to);
        QTest::mousePress(w.view()->viewport(), Qt::LeftButton, {}, a);
        for (int i = 1; i <= 4; ++i) // Qt starts a drag only after a few moves
            QTest::mouseMove(w.view()->viewport(), a + (b - a) * i / 4);
        QTest::mouseRelease(w.view()->viewport(), Qt::LeftButton, {}, b);
        settle();
    }

    void click(QPointF scenePos, Qt::KeyboardModifiers modifiers = {})
    {
        act("click");
        QTest::mouseClick(w.view()->viewport(), Qt::LeftButton, modifiers, viewPoint(scenePos));
        settle();
    }

    /** Clicks an empty part of a box (a subnet's body), as a user selecting it would. */
    void clickBox(const std::string &key) { click(emptySpot(key, QSizeF(20, 20))); }

    /** Shift+drag from a subnet to a target; answers the destination dialog with Enter. */
    void shiftDrag(const std::string &from, const std::string &to)
    {
        act("shift+drag route");
        act("Enter (destination)");
        answerModalWithEnter();
        const QPoint a = viewPoint(emptySpot(from, QSizeF(20, 20)));
        const QPoint b = viewPoint(node(to)->sceneBoundingRect().center());
        QTest::mousePress(w.view()->viewport(), Qt::LeftButton, Qt::ShiftModifier, a);
        QTest::mouseMove(w.view()->viewport(), (a + b) / 2);
        QTest::mouseMove(w.view()->viewport(), b);
        QTest::mouseRelease(w.view()->viewport(), Qt::LeftButton, Qt::ShiftModifier, b);
        settle();
    }

    /** Presses Enter in the next modal dialog as soon as it shows. */
    static void answerModalWithEnter()
    {
        auto *timer = new QTimer(qApp);
        timer->setInterval(5);
        QObject::connect(timer, &QTimer::timeout, timer, [timer] {
            if (QWidget *dialog = QApplication::activeModalWidget()) {
                QTest::keyClick(dialog->focusWidget() ? dialog->focusWidget() : dialog,
                                Qt::Key_Return);
                timer->deleteLater();
            }
        });
        timer->start();
        QTimer::singleShot(3000, timer, &QObject::deleteLater);
    }

    void clickButton(QAbstractButton *button)
    {
        act("click " + button->text());
        QTest::mouseClick(button, Qt::LeftButton);
        settle();
    }

    /** When the next popup menu shows, picks the entry starting with label by keyboard. */
    static void chooseInNextMenu(const QString &label)
    {
        auto *timer = new QTimer(qApp);
        timer->setInterval(5);
        QObject::connect(timer, &QTimer::timeout, timer, [timer, label] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (!menu)
                return;
            timer->deleteLater();
            for (auto *entry : menu->actions()) {
                if (entry->isSeparator() || !entry->isVisible() || !entry->isEnabled())
                    continue;
                QTest::keyClick(menu, Qt::Key_Down);
                if (entry->text().remove('&').startsWith(label)) {
                    QTest::keyClick(menu, Qt::Key_Return);
                    return;
                }
            }
            QTest::keyClick(menu, Qt::Key_Escape);
        });
        timer->start();
        QTimer::singleShot(3000, timer, &QObject::deleteLater);
    }

    /** Opens a tool button's menu and picks the entry whose text starts with label. */
    void pickFromMenu(QToolButton *button, const QString &label)
    {
        act("open " + button->text() + " menu");
        act("pick " + label);
        chooseInNextMenu(label);
        QTest::mouseClick(button, Qt::LeftButton);
        settle();
    }

    /** Right-clicks a drawn key and picks an entry of its context menu. */
    void contextMenu(const std::string &key, const QString &label)
    {
        act("right-click");
        act("pick " + label);
        chooseInNextMenu(label);
        const QPoint at = viewPoint(node(key)->sceneBoundingRect().center());
        QContextMenuEvent event(QContextMenuEvent::Mouse, at,
                                w.view()->viewport()->mapToGlobal(at));
        QApplication::sendEvent(w.view()->viewport(), &event);
        settle();
    }

    /** Types text into a line edit (click, select all, type, Enter). */
    void type(QLineEdit *line, const QString &text)
    {
        act("type into " + line->objectName());
        QTest::mouseClick(line, Qt::LeftButton);
        line->selectAll(); // a triple-click; QTest has no triple-click
        QTest::keyClicks(line, text);
        QTest::keyClick(line, Qt::Key_Return);
        settle();
    }

    /** Types into a table cell: select it, type (replacing its text), Enter. */
    void typeInCell(QTableWidget *table, int row, int column, const QString &text)
    {
        act("type into cell");
        const QRect cell = table->visualRect(table->model()->index(row, column));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        settle(); // the selected flow is drawn; the table refreshes with its verdict
        QTest::qWait(60);
        table->setCurrentCell(row, column); // where the click put it, if a refresh moved it
        table->setFocus();
        QTest::keyClicks(table->viewport(), text.left(1)); // opens the editor
        QWidget *editor = QApplication::focusWidget();
        if (!editor)
            return;
        QTest::keyClicks(editor, text.mid(1));
        QTest::keyClick(editor, Qt::Key_Return);
        settle();
        QTest::qWait(60);
    }

    void keys(QKeySequence::StandardKey standard, const QString &what)
    {
        act(what);
        settle();
        QTest::keySequence(w.view(), QKeySequence(standard));
        settle();
    }

    void key(int key, Qt::KeyboardModifiers modifiers, const QString &what)
    {
        act(what);
        QTest::keyClick(w.view(), Qt::Key(key), modifiers);
        settle();
    }

    /**
     * Lets events run. A closed popup gives the focus back to the window, as a desktop
     * session does; the offscreen platform can leave it on the hidden menu.
     */
    void settle()
    {
        QTest::qWait(20);
        // Work posted by work (sync, then publish, then the panels): on a loaded machine 20 ms
        // can end in the middle of such a chain, and the next action would meet a stale view.
        for (int i = 0; i < 8; ++i) {
            QCoreApplication::sendPostedEvents();
            QCoreApplication::processEvents();
        }
        for (int i = 0; i < 3; ++i) {
            if (QApplication::activePopupWidget() || QApplication::activeModalWidget()
                || QApplication::activeWindow() == &w)
                break;
            w.activateWindow();
            (void)QTest::qWaitForWindowActive(&w, 500);
            QTest::qWait(10);
        }
    }

    QLineEdit *field(const std::string &id, const std::string &pointer) const
    {
        return w.inspector()->findChild<QLineEdit *>(QString::fromStdString(id + pointer));
    }

    RuleTableEditor *ruleEditor(const std::string &id, bool inbound) const
    {
        const QString peer = inbound ? QStringLiteral("Source") : QStringLiteral("Destination");
        for (auto *editor : w.inspector()->ruleEditors()) {
            if (editor->resourceId() != id)
                continue;
            for (int c = 0; c < editor->table()->columnCount(); ++c)
                if (editor->table()->horizontalHeaderItem(c)->text() == peer)
                    return editor;
        }
        return nullptr;
    }

    QToolButton *presetButton(RuleTableEditor *editor) const
    {
        return editor ? editor->findChild<QToolButton *>("presetButton") : nullptr;
    }

    QPushButton *flowButton(const QString &text) const
    {
        for (auto *b : w.flowsPanel()->findChildren<QPushButton *>())
            if (b->text() == text)
                return b;
        return nullptr;
    }

    const app::FlowResult *result(int row) const
    {
        const auto &results = w.flowRunner()->results();
        return row < int(results.size()) ? &results[size_t(row)] : nullptr;
    }

    QString verdict(int row) const
    {
        auto *item = w.flowsPanel()->table()->item(row, FlowsPanel::VerdictColumn);
        return item ? item->text() : QString();
    }
};

} // namespace livesession
