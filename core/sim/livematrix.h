#pragma once

#include "simulator.h"

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace mailpath::core {

/**
 * A matrix kept current across edits. Every source remembers the rule tables its walks
 * consulted (the network ACLs and route tables of the subnets looked up, the security groups
 * checked), so an edit of the rules of existing tables re-walks only the sources that depend
 * on them. Any other edit (a resource added, removed or re-wired, an association moved) walks
 * everything again: the result is always what a full recomputation gives.
 */
class LiveMatrix
{
public:
    /** Copies the design and walks every source x sink x port (rows as runMatrix orders them). */
    LiveMatrix(const Design &design, std::vector<std::string> sources,
               std::vector<std::string> sinks, std::vector<uint16_t> ports,
               unsigned threads = 0);
    ~LiveMatrix();

    struct Update
    {
        size_t sourcesWalked = 0; //!< sources walked again (all of them after a full walk)
        bool full = false;        //!< the edit could re-wire paths: everything was walked
    };

    /** Brings the matrix to current after edits of the resources with the changed ids. */
    Update update(const Design &current, const std::vector<std::string> &changed);

    const std::vector<MatrixRow> &rows() const { return m_rows; }
    const Design &design() const { return *m_design; }
    const Simulator &simulator() const { return *m_simulator; }
    size_t sourceCount() const { return m_sources.size(); }

private:
    void walkAll(unsigned threads);
    /** Walks one source's rows; records (interned) the rule tables they consulted. */
    void walkSource(size_t source, std::vector<std::string_view> &consulted) const;
    void remember(size_t source, const std::vector<std::string_view> &consulted);
    bool rulesOnlyChanged(const Design &current, const std::string &id) const;

    std::unique_ptr<Design> m_design;
    std::unique_ptr<Simulator> m_simulator;
    std::vector<std::string> m_sources;
    std::vector<std::string> m_sinks;
    std::vector<uint16_t> m_ports;
    std::vector<MatrixRow> m_rows;
    std::unordered_map<std::string, std::vector<size_t>> m_sourcesUsing; //!< table -> sources
};

} // namespace mailpath::core
