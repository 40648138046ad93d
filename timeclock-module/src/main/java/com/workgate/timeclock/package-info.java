/** The TimeClock-compatible API under {@code /api}. */
package com.workgate.timeclock;
