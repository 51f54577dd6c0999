package fr.cession.domain.order;

import java.math.BigDecimal;
import java.time.LocalDate;

public record Vehicle(
        String vin,
        String plate,
        String make,
        String model,
        LocalDate firstRegistration,
        LocalDate lastCt,
        LocalDate lastService,
        Integer mileageKm,
        BigDecimal price,
        boolean imported,
        String partnerSeller) {

    public Vehicle {
        price = Money.euros(price);
    }

    public String displayName() {
        String m = make == null ? "" : make;
        String mo = model == null ? "" : model;
        return (m + " " + mo).trim();
    }
}
