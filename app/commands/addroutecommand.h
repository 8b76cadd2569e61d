#pragma once

#include "snapshotcommand.h"

namespace mailpath::app {

/**
 * The arrow drawn from a subnet to a gateway: adds (or retargets) a route in the subnet's
 * own route table. A subnet that only uses the main table gets an explicit copy of it, so
 * other subnets are not changed behind the user's back. Routing a subnet to a transit
 * gateway also attaches the VPC (through that subnet) when it is not attached yet.
 */
class AddRouteCommand : public SnapshotCommand
{
public:
    AddRouteCommand(core::Design &design, const std::string &subnetId, const std::string &targetId,
                    const core::Cidr &destination, QUndoCommand *parent = nullptr);

    /** Whether a route from a subnet can point at this resource. */
    static bool isRouteTarget(const core::Design &design, const std::string &id);
    /** The route target type for a resource id, nullopt when a route cannot point at it. */
    static std::optional<core::RouteTarget> routeTargetOf(const core::Design &design,
                                                          const std::string &id);
    /** The route table a subnet uses: its explicit association, else the VPC's main one. */
    static std::string routeTableOf(const core::Design &design, const std::string &subnetId);

protected:
    void perform(core::Design &design) override;

private:
    struct Plan
    {
        std::string routeTableId;
        bool createTable = false;
        std::string attachmentId; //!< a new TGW attachment, or empty
        std::string tgwRouteTableId;
        std::vector<std::string> keys() const;
    };
    static Plan plan(const core::Design &design, const std::string &subnetId,
                     const std::string &targetId);
    AddRouteCommand(core::Design &design, Plan plan, const std::string &subnetId,
                    const std::string &targetId, const core::Cidr &destination,
                    QUndoCommand *parent);

    Plan m_plan;
    std::string m_subnetId;
    std::string m_targetId;
    core::Cidr m_destination;
};

} // namespace mailpath::app
