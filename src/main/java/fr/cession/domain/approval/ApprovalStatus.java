package fr.cession.domain.approval;

public enum ApprovalStatus {
    DEMANDEE,
    APPROUVEE,
    REFUSEE
}
