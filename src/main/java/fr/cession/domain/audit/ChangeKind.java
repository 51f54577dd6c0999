package fr.cession.domain.audit;

public enum ChangeKind {
    CREATION,
    MODIFICATION,
    SUPPRESSION
}
