package com.workgate.events.plan.entity;

import com.workgate.auth.user.entity.PlanKind;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a plan as its wire letter (o, r, a). */
@Converter
public class PlanKindConverter implements AttributeConverter<PlanKind, String> {

    @Override
    public String convertToDatabaseColumn(PlanKind plan) {
        return plan == null ? null : String.valueOf(plan.letter());
    }

    @Override
    public PlanKind convertToEntityAttribute(String column) {
        return column == null ? null : PlanKind.fromLetter(column);
    }
}
