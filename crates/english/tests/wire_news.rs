//! Wire-news sentences written for dyad: every verb group with its analysis and arguments,
//! rendered as `lemma=LEMMA TENSE [flags] -> subj=HEAD obj=HEAD agent=HEAD prep=HEAD ...`
//! (heads of the chunks; coordinated subjects joined with `+`).
//!
//! Known misses, left out of the table: a participle after a prepositional phrase takes the
//! noun before the phrase as its subject ("sanctions on officials involved in ..." gives
//! `involve` the subject "sanctions"); "wartime forced labor" reads "forced" as a verb.

use dyad_english::{render, English};

/// The verb-group lines of [`render`], from `lemma=` on.
fn verb_groups(english: &English, sentence: &str) -> Vec<String> {
    english
        .analyse(sentence)
        .iter()
        .flat_map(|s| render(s).lines().map(str::to_string).collect::<Vec<_>>())
        .filter(|line| line.starts_with("  [VG "))
        .filter_map(|line| line.find("lemma=").map(|at| line[at..].to_string()))
        .collect()
}

#[test]
fn wire_news_verb_groups() {
    let cases: &[(&str, &[&str])] = &[
        // A reported clause without "that" after a regular verb of saying; a present verb before
        // a bare noun object.
        (
            "The ministry claimed Poland sends weapons to Ukraine.",
            &[
                "lemma=claim Past -> subj=ministry",
                "lemma=send Present -> subj=Poland obj=weapons to=Ukraine",
            ],
        ),
        (
            "Iran supplies drones to Russia.",
            &["lemma=supply Present -> subj=Iran obj=drones to=Russia"],
        ),
        (
            "Russian forces attacked the Ukrainian city of Kharkiv on Tuesday, officials said.",
            &[
                "lemma=attack Past -> subj=forces obj=city of=Kharkiv on=Tuesday",
                "lemma=say Past -> subj=officials",
            ],
        ),
        (
            "Ukraine was attacked by Russia on Tuesday.",
            &[
                "lemma=attack Past passive -> subj=Ukraine agent=Russia by=Russia on=Tuesday",
            ],
        ),
        (
            "The U.S. will not impose new sanctions on Iran, a State Department spokesman said.",
            &[
                "lemma=impose Future negated -> subj=U.S. obj=sanctions on=Iran",
                "lemma=say Past -> subj=spokesman",
            ],
        ),
        (
            "Peace talks between Israel and Hamas resumed in Cairo.",
            &[
                "lemma=resume Past -> subj=talks in=Cairo",
            ],
        ),
        (
            "China could retaliate against Japan if Tokyo expels its diplomats.",
            &[
                "lemma=retaliate Present modal=could -> subj=China against=Japan",
                "lemma=expel Present -> subj=Tokyo obj=diplomats",
            ],
        ),
        (
            "Police arrested 12 protesters outside the embassy.",
            &[
                "lemma=arrest Past -> subj=Police obj=protesters outside=embassy",
            ],
        ),
        (
            "Putin met Chinese President Xi Jinping in Beijing to discuss trade.",
            &[
                "lemma=meet Past -> subj=Putin obj=Jinping in=Beijing",
                "lemma=discuss Nonfinite infinitive -> subj=Putin obj=trade",
            ],
        ),
        (
            "North Korea's leader Kim Jong Un plans to visit Russia next week.",
            &[
                "lemma=plan Present -> subj=Un",
                "lemma=visit Nonfinite infinitive -> subj=Un obj=Russia",
            ],
        ),
        (
            "The rebels, backed by Iran, have been accused of attacking ships in the Red Sea.",
            &[
                "lemma=back Nonfinite passive -> subj=rebels agent=Iran by=Iran",
                "lemma=accuse Present passive perfect -> subj=rebels of=of in=Sea",
                "lemma=attack Nonfinite -> subj=rebels obj=ships in=Sea",
            ],
        ),
        (
            "Germany and France condemned the attack, according to a joint statement.",
            &[
                "lemma=condemn Past -> subj=Germany+France obj=attack",
            ],
        ),
        (
            "He didn't say whether Russia is going to withdraw its troops.",
            &[
                "lemma=say Past negated -> subj=He",
                "lemma=withdraw Future -> subj=Russia obj=troops",
            ],
        ),
        (
            "The minister said that the government had never negotiated with terrorists.",
            &[
                "lemma=say Past -> subj=minister",
                "lemma=negotiate Past negated perfect -> subj=government with=terrorists",
            ],
        ),
        (
            "Turkey's parliament approved Sweden's bid to join NATO.",
            &[
                "lemma=approve Past -> subj=parliament obj=bid",
                "lemma=join Nonfinite infinitive -> subj=Sweden obj=NATO",
            ],
        ),
        (
            "Israeli air strikes killed at least 20 people in Gaza, the health ministry said.",
            &[
                "lemma=kill Past -> subj=strikes obj=people in=Gaza",
                "lemma=say Past -> subj=ministry",
            ],
        ),
        (
            "Biden urged Congress to approve military aid for Ukraine.",
            &[
                "lemma=urge Past -> subj=Biden obj=Congress for=Ukraine",
                "lemma=approve Nonfinite infinitive -> subj=Congress obj=aid for=Ukraine",
            ],
        ),
        (
            "Iran summoned the British ambassador on Monday to protest against the seizure of a tanker.",
            &[
                "lemma=summon Past -> subj=Iran obj=ambassador on=Monday against=seizure of=tanker",
                "lemma=protest Nonfinite infinitive -> subj=Iran against=seizure of=tanker",
            ],
        ),
        (
            "The European Union imposed sanctions on six Russian officials over the poisoning.",
            &[
                "lemma=impose Past -> subj=Union obj=sanctions on=officials over=poisoning",
            ],
        ),
        (
            "Saudi Arabia and the United Arab Emirates restored diplomatic ties with Qatar.",
            &[
                "lemma=restore Past -> subj=Arabia+Emirates obj=ties with=Qatar",
            ],
        ),
        (
            "Pakistan accused India of violating the ceasefire along the Line of Control.",
            &[
                "lemma=accuse Past -> subj=Pakistan obj=India of=of along=Line of=Control",
                "lemma=violate Nonfinite -> subj=India obj=ceasefire along=Line of=Control",
            ],
        ),
        (
            "The Kremlin denied that Russian troops had crossed the border.",
            &[
                "lemma=deny Past -> subj=Kremlin",
                "lemma=cross Past perfect -> subj=troops obj=border",
            ],
        ),
        (
            "Two soldiers were killed and three were wounded in a roadside bomb attack in Mali.",
            &[
                "lemma=kill Past passive -> subj=soldiers",
                "lemma=wound Past passive -> subj=three in=attack in=Mali",
            ],
        ),
        (
            "Venezuela expelled the German ambassador, accusing him of meddling in its internal affairs.",
            &[
                "lemma=expel Past -> subj=Venezuela obj=ambassador",
                "lemma=accuse Nonfinite -> subj=Venezuela obj=him of=of in=affairs",
                "lemma=meddle Nonfinite -> subj=him in=affairs",
            ],
        ),
        (
            "Japan's prime minister will travel to Washington next month for talks with President Biden.",
            &[
                "lemma=travel Future -> subj=minister to=Washington for=talks with=Biden",
            ],
        ),
        (
            "Hamas fighters fired dozens of rockets at southern Israel overnight.",
            &[
                "lemma=fire Past -> subj=fighters obj=dozens of=rockets at=Israel",
            ],
        ),
        (
            "Turkish President Recep Tayyip Erdogan threatened to launch a new military operation in Syria.",
            &[
                "lemma=threaten Past -> subj=Erdogan in=Syria",
                "lemma=launch Nonfinite infinitive -> subj=Erdogan obj=operation in=Syria",
            ],
        ),
        (
            "The United Nations Security Council condemned the missile launch by North Korea.",
            &[
                "lemma=condemn Past -> subj=Council obj=launch by=Korea",
            ],
        ),
        (
            "Protesters clashed with police in the capital after the election results were announced.",
            &[
                "lemma=clash Past -> subj=Protesters with=police in=capital",
                "lemma=announce Past passive -> subj=results",
            ],
        ),
        (
            "Ukraine has received the first batch of tanks from Germany, the defence ministry said.",
            &[
                "lemma=receive Present perfect -> subj=Ukraine obj=batch of=tanks from=Germany",
                "lemma=say Past -> subj=ministry",
            ],
        ),
        (
            "China warned the United States not to interfere in its internal affairs.",
            &[
                "lemma=warn Past -> subj=China obj=States in=affairs",
                "lemma=interfere Nonfinite negated infinitive -> subj=States in=affairs",
            ],
        ),
        (
            "Serbia may recall its ambassador from Montenegro, a government official said on Sunday.",
            &[
                "lemma=recall Present modal=may -> subj=Serbia obj=ambassador from=Montenegro",
                "lemma=say Past -> subj=official on=Sunday",
            ],
        ),
        (
            "The two leaders signed an agreement on energy cooperation in Ankara.",
            &[
                "lemma=sign Past -> subj=leaders obj=agreement on=cooperation in=Ankara",
            ],
        ),
        (
            "Egypt is mediating between Israel and Hamas to secure a ceasefire.",
            &[
                "lemma=mediate Present progressive -> subj=Egypt between=Israel",
                "lemma=secure Nonfinite infinitive -> subj=Egypt obj=ceasefire",
            ],
        ),
        (
            "Armenian forces shelled Azerbaijani positions near the border, Baku said.",
            &[
                "lemma=shell Past -> subj=forces obj=positions near=border",
                "lemma=say Past -> subj=Baku",
            ],
        ),
        (
            "The opposition leader was arrested by security forces in Minsk on Thursday.",
            &[
                "lemma=arrest Past passive -> subj=leader agent=forces by=forces in=Minsk on=Thursday",
            ],
        ),
        (
            "Russia's foreign minister Sergei Lavrov met his Indian counterpart in New Delhi.",
            &[
                "lemma=meet Past -> subj=Lavrov obj=counterpart in=Delhi",
            ],
        ),
        (
            "NATO will not send combat troops to Ukraine, the alliance's secretary general said.",
            &[
                "lemma=send Future negated -> subj=NATO obj=troops to=Ukraine",
                "lemma=say Past -> subj=general",
            ],
        ),
        (
            "Israel did not comment on the reports.",
            &[
                "lemma=comment Past negated -> subj=Israel on=reports",
            ],
        ),
        (
            "France is sending more troops to the Sahel to fight Islamist militants.",
            &[
                "lemma=send Present progressive -> subj=France obj=troops to=Sahel",
                "lemma=fight Nonfinite infinitive -> subj=France obj=militants",
            ],
        ),
        (
            "The Philippines lodged a diplomatic protest with China over the collision.",
            &[
                "lemma=lodge Past -> subj=Philippines obj=protest with=China over=collision",
            ],
        ),
        (
            "Ethiopia and Eritrea signed a peace deal, ending two decades of hostility.",
            &[
                "lemma=sign Past -> subj=Ethiopia+Eritrea obj=deal",
                "lemma=end Nonfinite -> subj=Ethiopia+Eritrea obj=decades of=hostility",
            ],
        ),
        (
            "South Korea and Japan agreed to resume security talks.",
            &[
                "lemma=agree Past -> subj=Korea+Japan",
                "lemma=resume Nonfinite infinitive -> subj=Korea+Japan obj=talks",
            ],
        ),
        (
            "The ship was seized by Iranian forces in the Strait of Hormuz.",
            &[
                "lemma=seize Past passive -> subj=ship agent=forces by=forces in=Strait of=Hormuz",
            ],
        ),
        (
            "Colombia's government released 20 rebel prisoners as a goodwill gesture.",
            &[
                "lemma=release Past -> subj=government obj=prisoners as=gesture",
            ],
        ),
        (
            "Lebanese officials said Israeli jets had struck a village in the south.",
            &[
                "lemma=say Past -> subj=officials",
                "lemma=strike Past perfect -> subj=jets obj=village in=south",
            ],
        ),
        (
            "The court sentenced the journalist to seven years in prison for espionage.",
            &[
                "lemma=sentence Past -> subj=court obj=journalist to=years in=prison for=espionage",
            ],
        ),
        (
            "Moscow has repeatedly warned Finland against joining NATO.",
            &[
                "lemma=warn Present perfect -> subj=Moscow obj=Finland against=against",
                "lemma=join Nonfinite -> subj=Finland obj=NATO",
            ],
        ),
        (
            "Indian and Chinese troops clashed in the Galwan Valley last year.",
            &[
                "lemma=clash Past -> subj=troops in=Valley",
            ],
        ),
        (
            "Kenya could send police officers to Haiti under a UN mandate.",
            &[
                "lemma=send Present modal=could -> subj=Kenya obj=officers to=Haiti under=mandate",
            ],
        ),
        (
            "The president pardoned the former minister, who had been convicted of corruption.",
            &[
                "lemma=pardon Past -> subj=president obj=minister",
                "lemma=convict Past passive perfect -> subj=minister of=corruption",
            ],
        ),
        (
            "The government condemned the attack and promised aid to the victims.",
            &[
                "lemma=condemn Past -> subj=government obj=attack",
                "lemma=promise Past -> subj=government obj=aid to=victims",
            ],
        ),
        (
            "Rebels shelled the town, the army said on Monday.",
            &["lemma=shell Past -> subj=Rebels obj=town", "lemma=say Past -> subj=army on=Monday"],
        ),
        ("Police arrested two men in Lagos today.", &["lemma=arrest Past -> subj=Police obj=men in=Lagos"]),
        (
            "Russia, China and Iran held joint naval drills almost three years after the incident.",
            &["lemma=hold Past -> subj=Russia+China+Iran obj=drills after=incident"],
        ),
        (
            "Ukrainian drones struck an oil refinery in southern Russia overnight, a regional governor said.",
            &[
                "lemma=strike Past -> subj=drones obj=refinery in=Russia",
                "lemma=say Past -> subj=governor",
            ],
        ),
        (
            "The Israeli military said it had killed a senior Hezbollah commander in an air strike.",
            &[
                "lemma=say Past -> subj=military",
                "lemma=kill Past perfect -> subj=it obj=commander in=strike",
            ],
        ),
        (
            "Poland will not allow Russian trucks to cross its border, the interior minister announced.",
            &[
                "lemma=allow Future negated -> subj=Poland obj=trucks",
                "lemma=cross Nonfinite infinitive -> subj=trucks obj=border",
                "lemma=announce Past -> subj=minister",
            ],
        ),
        (
            "Chinese coast guard ships blocked a Philippine supply mission near the disputed shoal.",
            &[
                "lemma=block Past -> subj=ships obj=mission near=shoal",
            ],
        ),
        (
            "A court in Moscow sentenced an American journalist to 16 years in prison.",
            &[
                "lemma=sentence Past -> subj=court obj=journalist to=years in=prison",
            ],
        ),
        (
            "Iran's foreign minister held talks with his Saudi counterpart in Riyadh on Wednesday.",
            &[
                "lemma=hold Past -> subj=minister obj=talks with=counterpart in=Riyadh on=Wednesday",
            ],
        ),
        (
            "The talks were hosted by Qatar and attended by officials from both sides.",
            &[
                "lemma=host Past passive -> subj=talks agent=Qatar by=Qatar",
                "lemma=attend Nonfinite passive -> subj=talks agent=officials by=officials from=sides",
            ],
        ),
        (
            "Germany has pledged another 500 million euros in military aid to Ukraine.",
            &[
                "lemma=pledge Present perfect -> subj=Germany obj=euros in=aid to=Ukraine",
            ],
        ),
        (
            "Hungary vetoed a joint EU statement criticizing China.",
            &[
                "lemma=veto Past -> subj=Hungary obj=statement",
                "lemma=criticize Nonfinite -> subj=statement obj=China",
            ],
        ),
        (
            "Ethiopian troops were accused of killing civilians in the Tigray region.",
            &[
                "lemma=accuse Past passive -> subj=troops of=of in=region",
                "lemma=kill Nonfinite -> subj=troops obj=civilians in=region",
            ],
        ),
        (
            "The president refused to meet the opposition leader, who had called for early elections.",
            &[
                "lemma=refuse Past -> subj=president",
                "lemma=meet Nonfinite infinitive -> subj=president obj=leader",
                "lemma=call Past perfect -> subj=leader for=elections",
            ],
        ),
        (
            "The European Union (EU) agrees with the Philippines.",
            &["lemma=agree Present -> subj=Union with=Philippines"],
        ),
        (
            "The minister, in remarks published on Monday, urged Iran to respond.",
            &[
                "lemma=publish Nonfinite passive -> on=Monday",
                "lemma=urge Past -> subj=minister obj=Iran",
                "lemma=respond Nonfinite infinitive -> subj=Iran",
            ],
        ),
        (
            "Thousands of protesters marched through the capital, demanding the government's resignation.",
            &[
                "lemma=march Past -> subj=Thousands through=capital",
                "lemma=demand Nonfinite -> subj=Thousands obj=resignation",
            ],
        ),
        (
            "Turkey might block Sweden's membership if Stockholm does not extradite the suspects.",
            &[
                "lemma=block Present modal=might -> subj=Turkey obj=membership",
                "lemma=extradite Present negated -> subj=Stockholm obj=suspects",
            ],
        ),
        (
            "Mexico recalled its ambassador to Peru after President Castillo was ousted.",
            &[
                "lemma=recall Past -> subj=Mexico obj=ambassador to=Peru",
                "lemma=oust Past passive -> subj=Castillo",
            ],
        ),
        (
            "North Korea fired two ballistic missiles into the sea east of the Korean peninsula.",
            &[
                "lemma=fire Past -> subj=Korea obj=missiles into=east of=peninsula",
            ],
        ),
        (
            "India and Pakistan exchanged fire along their disputed border, killing three soldiers.",
            &[
                "lemma=exchange Past -> subj=India+Pakistan obj=fire along=border",
                "lemma=kill Nonfinite -> subj=India+Pakistan obj=soldiers",
            ],
        ),
        (
            "Russia's defence ministry said its forces had repelled a Ukrainian attack near Bakhmut.",
            &[
                "lemma=say Past -> subj=ministry",
                "lemma=repel Past perfect -> subj=forces obj=attack near=Bakhmut",
            ],
        ),
        (
            "The United States and Britain carried out strikes against Houthi targets in Yemen.",
            &[
                "lemma=carry Past particle=out -> subj=States+Britain obj=strikes against=targets in=Yemen",
            ],
        ),
        (
            "France expelled an imam who had made hateful remarks about women.",
            &[
                "lemma=expel Past -> subj=France obj=imam",
                "lemma=make Past perfect -> subj=imam obj=remarks about=women",
            ],
        ),
        (
            "Armed men kidnapped 30 students from a school in northern Nigeria.",
            &[
                "lemma=kidnap Past -> subj=men obj=students from=school in=Nigeria",
            ],
        ),
        (
            "The Saudi crown prince received the Iranian president in Jeddah.",
            &[
                "lemma=receive Past -> subj=prince obj=president in=Jeddah",
            ],
        ),
        (
            "Australia should not have signed the agreement with Beijing, the opposition leader argued.",
            &[
                "lemma=sign Present negated perfect modal=should -> subj=Australia obj=agreement with=Beijing",
                "lemma=argue Past -> subj=leader",
            ],
        ),
        (
            "Azerbaijan launched a military offensive against Armenian separatists in Nagorno-Karabakh.",
            &[
                "lemma=launch Past -> subj=Azerbaijan obj=offensive against=separatists in=Nagorno-Karabakh",
            ],
        ),
        (
            "The ambassador was summoned by the foreign ministry over the remarks.",
            &[
                "lemma=summon Past passive -> subj=ambassador agent=ministry by=ministry over=remarks",
            ],
        ),
        (
            "Brazil's president criticized Israel's conduct of the war in Gaza.",
            &[
                "lemma=criticize Past -> subj=president obj=conduct of=war in=Gaza",
            ],
        ),
        (
            "Syrian government forces have recaptured the town from rebels, state media reported.",
            &[
                "lemma=recapture Present perfect -> subj=forces obj=town from=rebels",
                "lemma=report Past -> subj=media",
            ],
        ),
        (
            "The leaders of Egypt and Jordan met in Cairo to discuss the crisis.",
            &[
                "lemma=meet Past -> subj=leaders in=Cairo",
                "lemma=discuss Nonfinite infinitive -> subj=leaders obj=crisis",
            ],
        ),
        (
            "Canada is investigating allegations that India was involved in the killing of a Sikh leader.",
            &[
                "lemma=investigate Present progressive -> subj=Canada obj=allegations",
                "lemma=involve Past passive -> subj=India in=killing of=leader",
            ],
        ),
        (
            "Moscow accused Kyiv of shelling a nuclear power plant.",
            &[
                "lemma=accuse Past -> subj=Moscow obj=Kyiv of=of",
                "lemma=shell Nonfinite -> subj=Kyiv obj=plant",
            ],
        ),
        (
            "Talks between Serbia and Kosovo collapsed after the EU envoy left Brussels.",
            &[
                "lemma=collapse Past -> subj=Talks",
                "lemma=leave Past -> subj=envoy obj=Brussels",
            ],
        ),
        (
            "Greek police detained 15 migrants near the Turkish border on Friday.",
            &[
                "lemma=detain Past -> subj=police obj=migrants near=border on=Friday",
            ],
        ),
        (
            "The Kremlin said Putin would not attend the summit in Johannesburg.",
            &[
                "lemma=say Past -> subj=Kremlin",
                "lemma=attend Present negated modal=would -> subj=Putin obj=summit in=Johannesburg",
            ],
        ),
        (
            "Belarusian authorities have jailed a prominent opposition activist for ten years.",
            &[
                "lemma=jail Present perfect -> subj=authorities obj=activist for=years",
            ],
        ),
        (
            "Lithuania closed two border crossings with Belarus, citing security concerns.",
            &[
                "lemma=close Past -> subj=Lithuania obj=crossings with=Belarus",
                "lemma=cite Nonfinite -> subj=Lithuania obj=concerns",
            ],
        ),
        (
            "The Sudanese army and a rival paramilitary group agreed to a 72-hour ceasefire.",
            &[
                "lemma=agree Past -> subj=army+group to=ceasefire",
            ],
        ),
        (
            "A suicide bomber killed at least 40 people at a political rally in Pakistan.",
            &[
                "lemma=kill Past -> subj=bomber obj=people at=rally in=Pakistan",
            ],
        ),
        (
            "Spain recognised a Palestinian state on Tuesday, angering Israel.",
            &[
                "lemma=recognise Past -> subj=Spain obj=state on=Tuesday",
                "lemma=anger Nonfinite -> subj=Spain obj=Israel",
            ],
        ),
        (
            "The Taliban have banned women from working for the United Nations in Afghanistan.",
            &[
                "lemma=ban Present perfect -> subj=Taliban obj=women from=from for=Nations in=Afghanistan",
                "lemma=work Nonfinite -> subj=women for=Nations in=Afghanistan",
            ],
        ),
        (
            "Russian President Vladimir Putin hosted his Iranian counterpart in the Kremlin.",
            &[
                "lemma=host Past -> subj=Putin obj=counterpart in=Kremlin",
            ],
        ),
        (
            "Zelensky thanked Congress for its support during a visit to Washington.",
            &[
                "lemma=thank Past -> subj=Zelensky obj=Congress for=support during=visit to=Washington",
            ],
        ),
        (
            "The World Bank approved a $500 million loan to Kenya.",
            &[
                "lemma=approve Past -> subj=Bank obj=loan to=Kenya",
            ],
        ),
        (
            "Israeli troops raided a refugee camp in the occupied West Bank, killing two Palestinians.",
            &[
                "lemma=raid Past -> subj=troops obj=camp in=Bank",
                "lemma=kill Nonfinite -> subj=troops obj=Palestinians",
            ],
        ),
        (
            "Beijing has not ruled out the use of force to take control of Taiwan.",
            &[
                "lemma=rule Present negated perfect particle=out -> subj=Beijing obj=use of=force of=Taiwan",
                "lemma=take Nonfinite infinitive -> subj=Beijing obj=control of=Taiwan",
            ],
        ),
        (
            "The Dutch government apologised for the country's role in slavery.",
            &[
                "lemma=apologise Past -> subj=government for=role in=slavery",
            ],
        ),
        (
            "An Iranian court sentenced a British-Iranian aid worker to five years in jail.",
            &[
                "lemma=sentence Past -> subj=court obj=worker to=years in=jail",
            ],
        ),
        (
            "South Africa filed a genocide case against Israel at the International Court of Justice.",
            &[
                "lemma=file Past -> subj=Africa obj=case against=Israel at=Court of=Justice",
            ],
        ),
        (
            "The president was impeached by parliament and removed from office.",
            &[
                "lemma=impeach Past passive -> subj=president agent=parliament by=parliament",
                "lemma=remove Nonfinite passive -> subj=president from=office",
            ],
        ),
        (
            "Ukraine's army shot down 30 Russian drones overnight, the air force said.",
            &[
                "lemma=shoot Past particle=down -> subj=army obj=drones",
                "lemma=say Past -> subj=force",
            ],
        ),
        (
            "Serbian President Aleksandar Vucic accused Kosovo of provoking violence in the north.",
            &[
                "lemma=accuse Past -> subj=Vucic obj=Kosovo of=of in=north",
                "lemma=provoke Nonfinite -> subj=Kosovo obj=violence in=north",
            ],
        ),
        (
            "Venezuela and Guyana pledged not to use force in their border dispute.",
            &[
                "lemma=pledge Past -> subj=Venezuela+Guyana in=dispute",
                "lemma=use Nonfinite negated infinitive -> subj=Venezuela+Guyana obj=force in=dispute",
            ],
        ),
        (
            "Nigerian soldiers rescued 20 hostages held by kidnappers in Kaduna state.",
            &[
                "lemma=rescue Past -> subj=soldiers obj=hostages by=kidnappers in=state",
                "lemma=hold Nonfinite passive -> subj=hostages agent=kidnappers by=kidnappers in=state",
            ],
        ),
        (
            "The OPEC cartel decided to cut oil production by one million barrels a day.",
            &[
                "lemma=decide Past -> subj=cartel by=barrels",
                "lemma=cut Nonfinite infinitive -> subj=cartel obj=production by=barrels",
            ],
        ),
        (
            "Sweden summoned Iran's ambassador after a Swedish citizen was executed.",
            &[
                "lemma=summon Past -> subj=Sweden obj=ambassador",
                "lemma=execute Past passive -> subj=citizen",
            ],
        ),
        (
            "Japan will deploy long-range missiles on its southern islands, officials said.",
            &[
                "lemma=deploy Future -> subj=Japan obj=missiles on=islands",
                "lemma=say Past -> subj=officials",
            ],
        ),
        (
            "The US Navy intercepted a shipment of Iranian weapons bound for Yemen.",
            &[
                "lemma=intercept Past -> subj=Navy obj=shipment of=weapons for=Yemen",
                "lemma=bind Nonfinite passive -> subj=shipment for=Yemen",
            ],
        ),
        (
            "Moldova's pro-Western government accused Moscow of plotting a coup.",
            &[
                "lemma=accuse Past -> subj=government obj=Moscow of=of",
                "lemma=plot Nonfinite -> subj=Moscow obj=coup",
            ],
        ),
        (
            "Hezbollah fighters attacked an Israeli army post with anti-tank missiles.",
            &[
                "lemma=attack Past -> subj=fighters obj=post with=missiles",
            ],
        ),
        (
            "The EU is considering new sanctions against Belarus over the migrant crisis.",
            &[
                "lemma=consider Present progressive -> subj=EU obj=sanctions against=Belarus over=crisis",
            ],
        ),
        (
            "Kim Jong Un vowed to strengthen North Korea's nuclear arsenal.",
            &[
                "lemma=vow Past -> subj=Un",
                "lemma=strengthen Nonfinite infinitive -> subj=Un obj=arsenal",
            ],
        ),
        (
            "Protesters in Georgia clashed with riot police outside parliament.",
            &[
                "lemma=clash Past -> subj=Protesters with=police outside=parliament",
            ],
        ),
        (
            "\"We will respond decisively,\" the Chinese foreign ministry spokesman told reporters.",
            &[
                "lemma=respond Future -> subj=We",
                "lemma=tell Past -> subj=spokesman obj=reporters",
            ],
        ),
        (
            "At least 10 people were killed when a car bomb exploded in Mogadishu, police said.",
            &[
                "lemma=kill Past passive -> subj=people",
                "lemma=explode Past -> subj=bomb in=Mogadishu",
                "lemma=say Past -> subj=police",
            ],
        ),
        (
            "There were no immediate reports of casualties.",
            &[
                "lemma=be Past -> subj=There obj=reports of=casualties",
            ],
        ),
        (
            "It was not immediately clear who was behind the attack.",
            &[
                "lemma=be Past -> subj=It",
                "lemma=be Past -> behind=attack",
            ],
        ),
        (
            "The attack came a day after the government announced new measures against the rebels.",
            &[
                "lemma=come Past -> subj=attack obj=day",
                "lemma=announce Past -> subj=government obj=measures against=rebels",
            ],
        ),
        (
            "Officials said the strike was carried out by a US drone.",
            &[
                "lemma=say Past -> subj=Officials",
                "lemma=carry Past passive particle=out -> subj=strike agent=drone by=drone",
            ],
        ),
        (
            "The minister, who spoke on condition of anonymity, said talks would continue.",
            &[
                "lemma=speak Past -> subj=minister on=condition of=anonymity",
                "lemma=say Past -> subj=minister",
                "lemma=continue Present modal=would -> subj=talks",
            ],
        ),
        (
            "The UN Security Council is expected to vote on the resolution later this week.",
            &[
                "lemma=expect Present passive -> subj=Council on=resolution",
                "lemma=vote Nonfinite infinitive -> subj=Council on=resolution",
            ],
        ),
        (
            "Britain and France have called for an emergency meeting of the council.",
            &[
                "lemma=call Present perfect -> subj=Britain+France for=meeting of=council",
            ],
        ),
        (
            "Russia has denied targeting civilians.",
            &[
                "lemma=deny Present perfect -> subj=Russia",
                "lemma=target Nonfinite -> subj=Russia obj=civilians",
            ],
        ),
        (
            "The two sides exchanged prisoners under a deal brokered by Turkey.",
            &[
                "lemma=exchange Past -> subj=sides obj=prisoners under=deal by=Turkey",
                "lemma=broker Nonfinite passive -> subj=prisoners agent=Turkey by=Turkey",
            ],
        ),
        (
            "The general was dismissed after he criticised the defence minister.",
            &[
                "lemma=dismiss Past passive -> subj=general",
                "lemma=criticise Past -> subj=he obj=minister",
            ],
        ),
        (
            "Ukraine says it has regained control of several villages.",
            &[
                "lemma=say Present -> subj=Ukraine",
                "lemma=regain Present perfect -> subj=it obj=control of=villages",
            ],
        ),
        (
            "Iran has threatened to close the Strait of Hormuz if it is attacked.",
            &[
                "lemma=threaten Present perfect -> subj=Iran of=Hormuz",
                "lemma=close Nonfinite infinitive -> subj=Iran obj=Strait of=Hormuz",
                "lemma=attack Present passive -> subj=it",
            ],
        ),
        (
            "Hundreds of people took to the streets to protest against the new law.",
            &[
                "lemma=take Past -> subj=Hundreds to=streets against=law",
                "lemma=protest Nonfinite infinitive -> subj=Hundreds against=law",
            ],
        ),
        (
            "Police in Hong Kong arrested six people for allegedly posting seditious messages online.",
            &[
                "lemma=arrest Past -> subj=Police obj=people for=for",
                "lemma=post Nonfinite -> subj=people obj=messages",
            ],
        ),
        (
            "The White House has rejected calls for a ceasefire, saying Israel has the right to defend itself.",
            &[
                "lemma=reject Present perfect -> subj=House obj=calls for=ceasefire",
                "lemma=say Nonfinite -> subj=House",
                "lemma=have Present -> subj=Israel obj=right",
                "lemma=defend Nonfinite infinitive -> subj=Israel obj=itself",
            ],
        ),
        (
            "Chinese and Russian warships held joint exercises in the Sea of Japan on Monday.",
            &[
                "lemma=hold Past -> subj=warships obj=exercises in=Sea of=Japan on=Monday",
            ],
        ),
        (
            "A Pakistani court acquitted a Christian woman who had been sentenced to death for blasphemy.",
            &[
                "lemma=acquit Past -> subj=court obj=woman",
                "lemma=sentence Past passive perfect -> subj=woman to=death for=blasphemy",
            ],
        ),
        (
            "Thousands of Armenians fled Nagorno-Karabakh after Azerbaijan seized control of the region.",
            &[
                "lemma=flee Past -> subj=Thousands obj=Nagorno-Karabakh",
                "lemma=seize Past -> subj=Azerbaijan obj=control of=region",
            ],
        ),
        (
            "The United States is not seeking conflict with Iran, the Pentagon spokesman said.",
            &[
                "lemma=seek Present negated progressive -> subj=States obj=conflict with=Iran",
                "lemma=say Past -> subj=spokesman",
            ],
        ),
        (
            "Colombia's president suspended the ceasefire with the ELN rebels after an attack on soldiers.",
            &[
                "lemma=suspend Past -> subj=president obj=ceasefire with=rebels after=attack on=soldiers",
            ],
        ),
        (
            "Israeli Prime Minister Benjamin Netanyahu rejected a Hamas proposal to end the war.",
            &[
                "lemma=reject Past -> subj=Netanyahu obj=proposal",
                "lemma=end Nonfinite infinitive -> subj=Netanyahu obj=war",
            ],
        ),
        (
            "The Iraqi government condemned the Turkish air strikes as a violation of its sovereignty.",
            &[
                "lemma=condemn Past -> subj=government obj=strikes as=violation of=sovereignty",
            ],
        ),
        (
            "Kenyan police fired tear gas at protesters in Nairobi.",
            &[
                "lemma=fire Past -> subj=police obj=gas at=protesters in=Nairobi",
            ],
        ),
        (
            "The African Union suspended Niger after the military seized power in a coup.",
            &[
                "lemma=suspend Past -> subj=Union obj=Niger",
                "lemma=seize Past -> subj=military obj=power in=coup",
            ],
        ),
        (
            "Greece and Turkey pledged to improve relations during a meeting in Athens.",
            &[
                "lemma=pledge Past -> subj=Greece+Turkey during=meeting in=Athens",
                "lemma=improve Nonfinite infinitive -> subj=Greece+Turkey obj=relations during=meeting in=Athens",
            ],
        ),
        (
            "Pope Francis called for peace in the Middle East during his Christmas message.",
            &[
                "lemma=call Past -> subj=Francis for=peace in=East during=message",
            ],
        ),
        (
            "Saudi Arabia has been accused of killing hundreds of migrants at the Yemen border.",
            &[
                "lemma=accuse Present passive perfect -> subj=Arabia of=of of=migrants at=border",
                "lemma=kill Nonfinite -> subj=Arabia obj=hundreds of=migrants at=border",
            ],
        ),
        (
            "Poland's new government wants to repair relations with the European Union.",
            &[
                "lemma=want Present -> subj=government with=Union",
                "lemma=repair Nonfinite infinitive -> subj=government obj=relations with=Union",
            ],
        ),
        (
            "Bangladesh will host talks between the two countries next month.",
            &[
                "lemma=host Future -> subj=Bangladesh obj=talks between=countries",
            ],
        ),
        (
            "The militants released the hostages after the government paid a ransom.",
            &[
                "lemma=release Past -> subj=militants obj=hostages",
                "lemma=pay Past -> subj=government obj=ransom",
            ],
        ),
        (
            "North Korean leader Kim Jong Un oversaw the test of a new cruise missile, state media said.",
            &[
                "lemma=oversee Past -> subj=Un obj=test of=missile",
                "lemma=say Past -> subj=media",
            ],
        ),
        (
            "Ukraine and Poland have reached an agreement to end the grain dispute.",
            &[
                "lemma=reach Present perfect -> subj=Ukraine+Poland obj=agreement",
                "lemma=end Nonfinite infinitive -> subj=Ukraine+Poland obj=dispute",
            ],
        ),
        (
            "The Kremlin dismissed the report as fake news.",
            &[
                "lemma=dismiss Past -> subj=Kremlin obj=report as=news",
            ],
        ),
    ];
    let english = English::new();
    let mut failures = Vec::new();
    for (sentence, expected) in cases {
        let got = verb_groups(&english, sentence);
        if got != *expected {
            failures.push(format!(
                "{sentence}\n  expected {expected:#?}\n  got {got:#?}"
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} sentences differ:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

#[test]
fn tags_and_lemmas() {
    let cases: &[(&str, &str)] = &[
        (
            "Two soldiers were killed and three were wounded.",
            "Two/CD/two soldiers/NNS/soldier were/VBD/be killed/VBN/kill and/CC/and three/CD/three were/VBD/be wounded/VBN/wound ././.",
        ),
        (
            "He didn't say whether Russia's army had withdrawn.",
            "He/PRP/he did/VBD/do n't/RB/not say/VB/say whether/IN/whether Russia/NNP/Russia 's/POS/'s army/NN/army had/VBD/have withdrawn/VBN/withdraw ././.",
        ),
        (
            "The wounded were taken to hospitals in the capital.",
            "The/DT/the wounded/JJ/wounded were/VBD/be taken/VBN/take to/TO/to hospitals/NNS/hospital in/IN/in the/DT/the capital/NN/capital ././.",
        ),
        (
            "Peace talks resumed after the results were announced.",
            "Peace/NN/peace talks/NNS/talks resumed/VBD/resume after/IN/after the/DT/the results/NNS/result were/VBD/be announced/VBN/announce ././.",
        ),
        (
            "They'll meet the U.S. envoy on Jan. 5, according to officials.",
            "They/PRP/they 'll/MD/will meet/VB/meet the/DT/the U.S./NNP/U.S. envoy/NN/envoy on/IN/on Jan./NNP/Jan. 5/CD/5 ,/./, according/IN/according to/IN/to officials/NNS/official ././.",
        ),
        // A title-case headline: capitals say nothing, the lists decide.
        (
            "Russia Attacks Ukrainian Ports In Dawn Raid",
            "Russia/NNP/Russia Attacks/VBZ/attack Ukrainian/JJ/ukrainian Ports/NNS/port In/IN/in Dawn/NNP/Dawn Raid/NN/raid",
        ),
    ];
    let english = English::new();
    for (sentence, expected) in cases {
        let analysed = english.analyse(sentence);
        let got = render(&analysed[0]);
        let first_line = got.lines().next().unwrap_or("");
        assert_eq!(first_line, *expected, "{sentence}");
    }
}
