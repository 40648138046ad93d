/** Event submission and the workplace model the events act on (places, plans, bookings, cards, visitors). */
package com.workgate.events;
