package cn.civilaffairs.assist.meeting;

import cn.civilaffairs.assist.common.MayBeNull;
import java.util.List;

/** One agenda item with the person's contact data, every plan round and every delivery. */
public record AgendaItemView(AgendaItemRow item, @MayBeNull String phone, @MayBeNull String address,
        @MayBeNull String attendees, List<AgencyPlanRoundView> plans, List<AgencyDeliveryView> deliveries) {}
