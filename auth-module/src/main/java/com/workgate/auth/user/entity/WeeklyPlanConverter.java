package com.workgate.auth.user.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter
public class WeeklyPlanConverter implements AttributeConverter<WeeklyPlan, String> {

    @Override
    public String convertToDatabaseColumn(WeeklyPlan plan) {
        return plan == null ? null : plan.letters();
    }

    @Override
    public WeeklyPlan convertToEntityAttribute(String column) {
        return column == null ? null : WeeklyPlan.parse(column);
    }
}
