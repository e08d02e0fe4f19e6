package io.crossback.cases;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import io.crossback.orders.CustomerDataErased;

/** Erases the texts of a customer's case messages once their personal data was erased from the orders. */
@Component
class PersonalDataEraser {

	private final CaseManagement cases;

	PersonalDataEraser(CaseManagement cases) {
		this.cases = cases;
	}

	@ApplicationModuleListener(id = "cases.erase-personal-data")
	void on(CustomerDataErased event) {
		cases.eraseMessagesOfOrders(event.tenantId(), event.orderIds());
	}
}
