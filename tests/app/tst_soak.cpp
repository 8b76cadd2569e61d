// Soak test of the designer's document (issue #21): on each template, random moves, renames,
// deletes, flow edits, collapses, undos, redos, saves and reloads. After every undo and redo
// the design must equal the one first seen at that point of the history; after every reload
// it must equal the one in memory. Short by default (CI, sanitizer build); MAILPATH_SOAK_STEPS
// sets the steps per template (e.g. 10000) for the long run.
#include "s1fixture.h"

#include "app/commands/collapsecommand.h"
#include "app/commands/deleteresourcescommand.h"
#include "app/commands/editflowscommand.h"
#include "app/commands/movenodescommand.h"
#include "app/commands/setpropertycommand.h"
#include "app/gui/fileactions.h"
#include "core/layout/autolayout.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <random>

using namespace mailpath;
using namespace mailpath::app;

namespace {

constexpr int defaultSteps = 100;

long residentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    return 0;
}

class Soak
{
public:
    Soak(DesignDocument &doc, const QString &path, unsigned seed)
        : m_doc(doc)
        , m_path(path)
        , m_rng(seed)
    {
        m_history.push_back(core::serializeDesign(doc.design()));
        m_initialCount = doc.design().resourceCount();
    }

    /** One random action; false (with why) when the design diverged. */
    bool step(QString &why)
    {
        QUndoStack *undo = m_doc.undoStack();
        const int action = pick(100);
        if (action < 15 && undo->canUndo()) {
            undo->undo();
            return matchesHistory(why, "undo");
        }
        if (action < 25 && undo->canRedo()) {
            undo->redo();
            return matchesHistory(why, "redo");
        }
        if (action < 30)
            return saveAndReload(why);
        if (QUndoCommand *edit = randomEdit()) {
            undo->push(edit);
            m_history.resize(size_t(undo->index())); // the redo branch is gone
            m_history.push_back(core::serializeDesign(m_doc.design()));
            ++m_edits;
        }
        return true;
    }

    int edits() const { return m_edits; }
    int reloads() const { return m_reloads; }

private:
    int pick(int n) { return std::uniform_int_distribution<int>(0, n - 1)(m_rng); }

    template<typename Container>
    auto any(const Container &items) -> decltype(*items.begin())
    {
        auto it = items.begin();
        std::advance(it, pick(int(items.size())));
        return *it;
    }

    QUndoCommand *randomEdit()
    {
        core::Design &design = m_doc.design();
        const auto keys = core::diagramKeys(design);
        if (keys.empty())
            return nullptr;
        const std::string key = any(keys);
        switch (pick(5)) {
        case 0: {
            const core::NodeLayout *from = design.layoutOf(key);
            if (!from)
                return nullptr;
            core::NodeLayout to = *from;
            to.x += pick(200) - 100;
            to.y += pick(200) - 100;
            return new MoveNodesCommand(design, {{key, {*from, to}}}, false);
        }
        case 1:
            if (!design.contains(key))
                return nullptr;
            return new SetPropertyCommand(design, key, "/name",
                                          "renamed " + std::to_string(pick(1000)));
        case 2:
            // Deletes empty a design fast: keep at least half of it to edit.
            if (!design.contains(key) || pick(4) != 0
                || design.resourceCount() * 2 <= m_initialCount)
                return nullptr;
            return new DeleteResourcesCommand(design, {key});
        case 3: {
            auto flows = design.flows();
            if (flows.empty())
                return nullptr;
            flows[size_t(pick(int(flows.size())))].port = uint16_t(1 + pick(65535));
            return new EditFlowsCommand(design, flows, QStringLiteral("Edit flow"));
        }
        default: {
            const auto &vpcs = design.all<core::Vpc>();
            if (vpcs.empty())
                return nullptr;
            return new CollapseCommand(design, {any(vpcs).first}, pick(2) == 0);
        }
        }
    }

    bool matchesHistory(QString &why, const char *what)
    {
        const auto index = size_t(m_doc.undoStack()->index());
        if (index < m_history.size()
            && core::serializeDesign(m_doc.design()) == m_history[index])
            return true;
        why = QStringLiteral("after %1 to step %2 the design differs from before").arg(what)
                  .arg(index);
        return false;
    }

    bool saveAndReload(QString &why)
    {
        const std::string inMemory = core::serializeDesign(m_doc.design());
        if (!m_doc.saveAs(m_path, &why))
            return false;
        if (!m_doc.open(m_path, &why))
            return false;
        ++m_reloads;
        m_history = {core::serializeDesign(m_doc.design())};
        if (m_history.front() == inMemory)
            return true;
        why = QStringLiteral("the reloaded design differs from the one in memory");
        return false;
    }

    DesignDocument &m_doc;
    QString m_path;
    std::mt19937 m_rng;
    std::vector<std::string> m_history; //!< the design at each undo index
    size_t m_initialCount = 0;
    int m_edits = 0;
    int m_reloads = 0;
};

} // namespace

class TestSoak : public QObject
{
    Q_OBJECT

private slots:
    void soak_data()
    {
        QTest::addColumn<QString>("path");
        for (const auto &path : FileActions::templatePaths())
            QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
    }

    void soak()
    {
        QFETCH(QString, path);
        bool ok = false;
        const int requested = qEnvironmentVariableIntValue("MAILPATH_SOAK_STEPS", &ok);
        const int steps = ok && requested > 0 ? requested : defaultSteps;
        QTemporaryDir dir;
        DesignDocument doc;
        QVERIFY(loadTemplate(doc, path));
        const unsigned seed = unsigned(qHash(path));
        Soak soak(doc, dir.filePath("soak.mailpath.json"), seed);
        QElapsedTimer timer;
        timer.start();
        long startKb = 0;
        for (int i = 0; i < steps; ++i) {
            if (i == steps / 10)
                startKb = residentKb(); // after the first allocations settle
            QString why;
            QVERIFY2(soak.step(why), qPrintable(QStringLiteral("step %1 (seed %2): %3")
                                                    .arg(i).arg(seed).arg(why)));
        }
        const long grownKb = residentKb() - startKb;
        qInfo("%s: %d steps (%d edits, %d reloads) in %lld ms, resident memory grew %ld KB",
              qPrintable(QFileInfo(path).fileName()), steps, soak.edits(), soak.reloads(),
              timer.elapsed(), grownKb);
        if (steps >= 5000) // only meaningful over a long run
            QVERIFY2(grownKb < 64 * 1024, "memory grows with the number of steps");
    }
};

QTEST_MAIN(TestSoak)
#include "tst_soak.moc"
