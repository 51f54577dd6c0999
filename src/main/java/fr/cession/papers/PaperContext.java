package fr.cession.papers;

import fr.cession.domain.playbook.RuleSettings;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * What every paper needs besides the order: the company that issues it, the playbook's delays
 * (funds' cut-off, withdrawal and refund days), the site's zone and the day it is printed.
 */
record PaperContext(Company company, RuleSettings settings, ZoneId zone, LocalDate today) {
}
