#pragma once

#include "trace.h"

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace mailpath::core {

class Design;
class CompiledNetwork;

/** A resolved end of a flow, e.g. an ENI with its address, or an SES endpoint. */
struct EndpointRef
{
    std::string resource; //!< what the user named, resolved to a model id (may be empty)
    ResourceKind kind = ResourceKind::NetworkInterface;
    Ipv4 address;
    std::string label;
};

/** One flow of a matrix: the query and its verdict. */
struct MatrixRow
{
    std::string from;
    std::string to;
    uint16_t port = 0;
    Verdict verdict = Verdict::Delivered;
    std::optional<BlockedAt> blockedAt;
};

/**
 * Walks SMTP connections through a design (AWS-SEMANTICS §11). Construction compiles the
 * design into lookup tables; trace() is then const, allocation-light and thread-safe, so
 * one simulator serves a whole matrix in parallel. Rebuild it after the design changes.
 */
class Simulator
{
public:
    explicit Simulator(const Design &design);
    ~Simulator();
    Simulator(const Simulator &) = delete;
    Simulator &operator=(const Simulator &) = delete;

    Trace trace(const Query &query) const;
    /** As trace(query); with options.recordHops off only verdict and blockedAt are filled. */
    Trace trace(const Query &query, const TraceOptions &options) const;

    /** Default matrix sources: every workload ENI (EC2, Lambda, Fargate). */
    std::vector<std::string> defaultSources() const;
    /** Default matrix sinks: SES endpoints, SMTP servers, load balancers in front of relays. */
    std::vector<std::string> defaultSinks() const;

    const Design &design() const { return m_design; }

    /** After the rules of an ACL, route table or security group changed in the design. */
    bool refreshRules(std::string_view id);

    /**
     * The matrix rows of one source: verdict and blockedAt of from x every sink x every port
     * (rows[i * ports.size() + j] for to[i], ports[j]), as trace() would give them, with each
     * endpoint resolved once and no hops recorded.
     */
    void traceVerdicts(const std::string &from, const std::vector<std::string> &to,
                       const std::vector<uint16_t> &ports, MatrixRow *rows) const;
    /** Where the rows of sink `i` go; called just before that sink is walked. */
    using SinkRows = std::function<MatrixRow *(size_t i)>;
    /** As above with the rows of each sink where rowsOf says (the source resolved once). */
    void traceVerdicts(const std::string &from, const std::vector<const std::string *> &to,
                       const std::vector<uint16_t> &ports, const SinkRows &rowsOf) const;

private:
    const Design &m_design;
    std::unique_ptr<CompiledNetwork> m_net;
};

/** The ports a mail-paths matrix covers by default: SMTP 25, 465, 587 and SES's 2465, 2587. */
inline const std::vector<uint16_t> &smtpPorts()
{
    static const std::vector<uint16_t> ports{25, 465, 587, 2465, 2587};
    return ports;
}

/** Runs every source x sink x port, splitting the work over threads (0: hardware threads). */
std::vector<MatrixRow> runMatrix(const Simulator &simulator, const std::vector<std::string> &from,
                                 const std::vector<std::string> &to,
                                 const std::vector<uint16_t> &ports, unsigned threads);

} // namespace mailpath::core
