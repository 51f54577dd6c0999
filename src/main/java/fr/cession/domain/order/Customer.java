package fr.cession.domain.order;

/**
 * The buyer. A company buyer ("pro") has a company name and SIREN, its manager as the person,
 * and possibly someone else collecting the vehicle.
 */
public record Customer(
        CustomerKind kind,
        String firstName,
        String lastName,
        String companyName,
        String companySiren,
        String email,
        String phone,
        String address,
        CgHolding cgHolding,
        String coHolderName,
        String collectorName) {

    public boolean isCompany() {
        return kind == CustomerKind.SOCIETE;
    }

    public String displayName() {
        if (isCompany() && companyName != null && !companyName.isBlank()) {
            return companyName;
        }
        String first = firstName == null ? "" : firstName.trim();
        String last = lastName == null ? "" : lastName.trim();
        return (first + " " + last).trim();
    }
}
