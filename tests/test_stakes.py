"""Sectors at stake: the lexicon covers the ordinary vocabulary of each sector, and a word that
belongs to another sense does not make a stake (articles written for these tests)."""

import json
import os
import subprocess
import sys

import pytest

from analysis.extract import extract
from analysis.ingest import read_text


def _sectors(body: str) -> set[str]:
    return {s.id for s in extract(read_text("Test headline\n\n" + body)).sectors}


@pytest.mark.parametrize("body, present, absent", [
    # commodities name their sector without the sector's own word
    ("Vietnam cut rice shipments to the Philippines after a poor harvest in the Mekong delta. "
     "Manila says rice prices rose by a third. Thai exporters of rice and sugar stepped in, and "
     "Philippine fishermen complained that tuna catches also fell.",
     {"agriculture"}, {"finance", "transport"}),
    ("Morocco raised phosphate output at its Khouribga mines. Bauxite from Guinea and zinc ore "
     "from Peru also reached the new smelter, which the miner says will double its tailings.",
     {"mining"}, {"agriculture"}),
    # trade defence is trade
    ("The European Commission imposed anti-dumping duties on Chinese steel. Beijing answered with "
     "export controls on gallium, and Chinese exporters said quotas would hurt their importers.",
     {"trade"}, {"defense"}),
    # irrigation canals carry water, not freight; mineral deposits are no bank deposits
    ("Uzbek farmers depend on the Karakum canal for irrigation. The canal loses half its water, "
     "and the cotton harvest shrank. Farmers say the canal is older than the farms.",
     {"agriculture"}, {"transport"}),
    ("Kazakhstan mapped lithium deposits in the east. The deposits hold cobalt and nickel too, "
     "and a geological survey will map further deposits of critical minerals.",
     {"critical_minerals"}, {"finance"}),
    # warships and frigates are defence; power cables and interconnectors are electricity
    ("Turkish frigates shadowed the survey ship. Greek warships and a submarine followed it. "
     "The subsea interconnector would carry electricity from Crete to Cyprus. Power cuts on "
     "the island would end once the power cable is laid.",
     {"defense", "electricity"}, {"automotive"}),
    # wine and cannabis are grown; potash is mined; a geothermal plant makes electricity; a
    # motorway and a runway carry traffic
    ("Moldovan winemakers lost their Russian market. Vineyards in the south cut the grape harvest, "
     "and cannabis growers in the north asked for help with cultivation licences.",
     {"agriculture"}, {"energy"}),
    ("Jordan raised the royalty on potash mined from the Dead Sea. The potash miner said output would fall.",
     {"mining"}, set()),
    ("Dominica will build a geothermal plant. Its geothermal power will feed the grid of Guadeloupe.",
     {"electricity"}, set()),
    ("Montenegro opened the motorway to the coast. The motorway links the port to the new airfield, "
     "whose runway was lengthened for cargo flights; the expressway and the railway cut freight times.",
     {"transport"}, set()),
])
def test_sectors_from_ordinary_vocabulary(body, present, absent):
    found = _sectors(body)
    assert present <= found, found
    assert not absent & found, found


def test_ports_and_ships_in_passing_are_no_transport_stake_unless_the_sector_is_named():
    body = ("Senegal ordered France to hand over its last military base near the port of Dakar. French troops, "
            "warships and aircraft have used the base since 1960, and French vessels called at the port every month. "
            "The army will take over the base's radar and its maritime patrols. Defence analysts said the move "
            "would weaken France's military reach in West Africa.")
    assert "transport" not in _sectors(body)
    assert "transport" in _sectors(body + " The handover could open cooperation in sectors like energy and transport, "
                                          "officials said, and a new port terminal is planned.")


def test_a_substantial_second_sector_counts_beside_a_dominant_one():
    # energy dominates; finance is named in three sentences (a stake), transport in two (a passing mention)
    body = ("Kazakhstan will pipe more oil and gas to China. The pipeline carries crude, and a second gas "
            "pipeline is planned. Oil exports and gas exports rose, and the refinery burns more fuel. "
            "LNG and petroleum sales grew as energy prices climbed. The oil field and the gas field expand. "
            "A loan paid for the pipeline. The investment was large. Investors were pleased. "
            "A railway runs nearby. Trucks wait there.")
    found = _sectors(body)
    assert {"energy", "finance"} <= found, found
    assert "transport" not in found, found


def test_sanctions_evasion_is_at_stake_without_the_word_sanctions_twice():
    ex = extract(read_text("Test headline\n\nLatvia detained a tanker of Russia's shadow fleet. The ship carried oil "
                           "priced above the G7 price cap, officials said."))
    assert "sanctions_law" in {t.id for t in ex.themes}


def _themes(body: str) -> set[str]:
    return {t.id for t in extract(read_text("Test headline\n\n" + body)).themes}


@pytest.mark.parametrize("body, theme", [
    # a sanction stated once, among other news, puts sanctions at stake
    ("Ghana opened a new cocoa port at Takoradi on Monday. The port will handle a million tonnes of beans. "
     "Officials expect exports to double. Last month the United States blacklisted Volta Shipping, "
     "an operator at the old port. Farmers hope prices will rise.", "sanctions_law"),
    # so does a recognition withheld
    ("Moldova opened a bridge across the Dniester. Traffic will start in May. The bridge cost $40 million. "
     "Moldova has never recognised Transnistria's independence. Drivers expect shorter queues.", "recognition"),
])
def test_a_stated_relation_puts_its_theme_at_stake(body, theme):
    assert theme in _themes(body)


def test_a_defence_sector_at_stake_puts_security_at_stake():
    body = ("New Zealand joined the AUKUS technology pillar on Tuesday. Wellington will work with Australia on "
            "undersea drones and hypersonic missiles, and its navy will test the drones with the Australian navy. "
            "The defence ministry said the submarines of its allies would still be barred from its ports.")
    ex = extract(read_text("Test headline\n\n" + body))
    assert "defense" in {s.id for s in ex.sectors}
    assert "security" in {t.id for t in ex.themes}


def test_a_terrorist_listing_in_passing_puts_no_sanctions_at_stake():
    body = ("Saudi Arabia pledged $2 billion to rebuild southern Lebanon. Hezbollah, which Washington lists as a "
            "terrorist organisation, said its weapons were not for sale. Donors will meet again in May.")
    ex = extract(read_text("Test headline\n\n" + body))
    assert ("United States", "sanctions", "Hezbollah") in {(r.source, r.type, r.target) for r in ex.relations}
    assert "sanctions_law" not in {t.id for t in ex.themes}



@pytest.mark.parametrize("body, theme, present", [
    # a natural disaster and its relief are humanitarian
    ("A hurricane flattened Union Island on Sunday. The Caribbean Development Bank deferred loan payments, "
     "and Taiwan pledged $15 million in reconstruction grants.", "humanitarian", True),
    # indigenous communities' consent is a rights question; "free trade" is no freedom
    ("Chile awarded the lithium contract. Indigenous communities around the salt flat say they never gave "
     "informed consent, and a court will hear their case.", "human_rights", True),
    ("Uruguay opened free trade talks with China. Free trade deals need the bloc's consent.", "human_rights", False),
])
def test_theme_words(body, theme, present):
    assert (theme in _themes(body)) is present


def test_actors_at_stake_are_ordered_by_evidence_then_name():
    # the order must not depend on the process's string hashing (the report's "most exposed"
    # actors differed from run to run): the same extraction under three hash seeds
    code = ("import json; from analysis.extract import extract; from analysis.ingest import read_text; "
            "ex = extract(read_text('Test headline\\n\\nZambia and Angola signed a copper export deal. Copper exports "
            "from Zambia and Angola rose. Chile and Peru also export copper ore, and Peru mines more copper.')); "
            "print(json.dumps([list(s.actors.items()) for s in ex.sectors]))")
    outputs = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                              env={**os.environ, "PYTHONHASHSEED": seed}).stdout for seed in ("1", "2", "3")}
    assert len(outputs) == 1
    for counts in json.loads(outputs.pop()):
        assert counts == sorted(counts, key=lambda kv: (-kv[1], kv[0]))
