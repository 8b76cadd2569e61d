#pragma once

#include "blockers.h"
#include "simulator.h"

#include <functional>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace mailpath::core {

/**
 * A matrix kept current across edits, with its counts per sink and port and its ranked
 * blocker groups. Every (source, sink) cell remembers the rule tables its walks consulted
 * (the network ACLs and route tables of the subnets looked up, the security groups checked),
 * so an edit of the rules of existing tables re-walks only the cells that depend on them,
 * and the counts and groups change by those cells' old rows out and new rows in. Any other edit (a
 * resource added, removed or re-wired, an association moved) walks everything again: the
 * result is always what a full recomputation (runMatrix, summarizeMatrix, groupBlockers) gives.
 */
class LiveMatrix
{
public:
    /** Told the sources walked so far of all; returns false to stop walking. */
    using Progress = std::function<bool(size_t walked, size_t sources)>;

    /**
     * Copies the design and walks every source x sink x port (rows as runMatrix orders them).
     * A walk stopped by `progress` leaves the matrix incomplete: complete() is false.
     */
    LiveMatrix(const Design &design, std::vector<std::string> sources,
               std::vector<std::string> sinks, std::vector<uint16_t> ports,
               unsigned threads = 0, const Progress &progress = {});
    ~LiveMatrix();
    LiveMatrix(const LiveMatrix &) = delete;
    LiveMatrix &operator=(const LiveMatrix &) = delete;

    struct Update
    {
        size_t sourcesWalked = 0; //!< sources walked again (all of them after a full walk)
        size_t flowsWalked = 0;   //!< of their rows, those walked again (to some sinks)
        bool full = false;        //!< the edit could re-wire paths: everything was walked
        size_t groupsChanged = 0; //!< blocker groups whose flows changed (added and gone too)
    };

    /**
     * True when the resources with these ids changed only in their rules (network ACL
     * entries, routes, security group rules), so update() re-walks only some sources.
     */
    bool isLocal(const Design &current, const std::vector<std::string> &changed) const;

    /**
     * Brings the matrix to current after edits of the resources with the changed ids; the
     * cells walked again are spread over `threads` (0: the hardware's).
     */
    Update update(const Design &current, const std::vector<std::string> &changed,
                  unsigned threads = 1);

    const std::vector<MatrixRow> &rows() const { return m_rows; }
    /** As summarizeMatrix(rows()). */
    const std::vector<SinkPortCount> &counts() const { return m_counts; }
    size_t delivered() const { return m_delivered; }
    /**
     * As groupBlockers(rows()). A group keeps its fix and unblock counts across updates that
     * leave its flows as they were; a group whose flows changed has none until set again.
     */
    const std::vector<BlockerGroup> &groups() const { return m_groups; }
    /** Records the evaluated fix of group `group` (an index into groups()). */
    void setFix(size_t group, std::optional<ModelFix> fix, std::optional<UnblockCount> count);

    bool complete() const { return m_complete; }
    const Design &design() const { return *m_design; }
    const Simulator &simulator() const { return *m_simulator; }
    const std::vector<std::string> &sources() const { return m_sources; }
    const std::vector<std::string> &sinks() const { return m_sinks; }
    const std::vector<uint16_t> &ports() const { return m_ports; }
    size_t sourceCount() const { return m_sources.size(); }

private:
    using GroupKey = std::pair<std::string, ReasonCode>;
    using GroupKeyView = std::pair<std::string_view, ReasonCode>;
    struct KeyHash
    {
        using is_transparent = void;
        template<typename K>
        size_t operator()(const K &k) const
        {
            return std::hash<std::string_view>()(k.first) * 31 + size_t(k.second);
        }
    };
    struct KeyEqual
    {
        using is_transparent = void;
        template<typename A, typename B>
        bool operator()(const A &a, const B &b) const
        {
            return a.second == b.second && std::string_view(a.first) == std::string_view(b.first);
        }
    };

    void walkAll(unsigned threads, const Progress &progress = {});
    /**
     * Walks the rows of cells [cells, cells + count) of one source, the source resolved once;
     * records in consulted[k] the rule tables cell k's walks consulted.
     */
    void walkCells(const size_t *cells, size_t count, std::vector<std::string_view> *consulted);
    void remember(size_t cell, std::vector<std::string_view> consulted);
    void forget(size_t cell);
    bool rulesOnlyChanged(const Design &current, const std::string &id) const;
    std::vector<size_t> cellsUsing(const std::vector<std::string> &tables) const;
    void rewalk(const std::vector<size_t> &cells, unsigned threads);
    void count(size_t cell, int sign);
    std::vector<size_t> groupsOf(const std::vector<size_t> &cells) const;
    size_t groupFor(const BlockedAt &blocked);
    void regroup(const std::vector<size_t> &cells, const std::vector<bool> &walked,
                 std::vector<size_t> touched, Update &update);
    void rank();
    void indexRowGroups();
    void rebuildSummary();

    std::unique_ptr<Design> m_design;
    std::unique_ptr<Simulator> m_simulator;
    std::vector<std::string> m_sources;
    std::vector<std::string> m_sinks;
    std::vector<uint16_t> m_ports;
    std::vector<std::vector<std::string>> m_sinkLists; //!< each sink alone, to walk one cell
    std::vector<MatrixRow> m_rows; //!< cell (source x sinks + sink) x ports + port
    std::vector<SinkPortCount> m_counts; //!< per column (sink x port) of a source's rows
    size_t m_delivered = 0;
    std::vector<BlockerGroup> m_groups;
    std::unordered_map<GroupKey, size_t, KeyHash, KeyEqual> m_groupIndex; //!< -> m_groups
    static constexpr uint32_t noGroup = UINT32_MAX;
    /** Per row, its group in m_groups (noGroup: not blocked): no key hashed per row. */
    std::vector<uint32_t> m_rowGroup;
    /** Rule table -> the cells whose walks consulted it (ascending). */
    std::unordered_map<std::string, std::vector<size_t>> m_cellsUsing;
    /** Per cell, the rule tables it consulted (keys of m_cellsUsing). */
    std::vector<std::vector<const std::string *>> m_consulted;
    bool m_complete = false;
};

} // namespace mailpath::core
