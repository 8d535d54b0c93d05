"""Given names and surnames from many languages: after the user's contacts, the gazetteer that tells a lower-case
name from a word where a person goes ("text heidi", "email shutresta siddharth and obinna").

Taken from the person providers of Faker 40.63.0 (MIT licence, https://github.com/joke2k/faker): the first names
(male, female, non-binary) and last names of its 60 locales written in Latin script, case-folded, with accents
also left off ("josé" and "jose"), three letters or more, hyphenated ones kept ("jean-pierre"). SURNAMES holds
only the last names that are also given names or ordinary English words ("mwangi", "gallagher"): every other one
is no English word, and agent.understanding.person_slots reads those as names anyway.
"""

from __future__ import annotations

GIVEN_NAMES = frozenset("""
aaaqil aaban aabid aachal aada aadam aaden aadhya aadi aadil aafiya aage aagot aahana aahil aalam aalee aalim aaliyah
aamil aamir aamirah aanuoluwapo aapo aaqil aarav aarif aarini aariz aarna aarnav aarne aaro aaron aarush aaryan aarón
aashi aashif aashir aasif aasim aatif aatiq aatos aaus aayan aayush aazim aba abaan abagail abayomi abb abbas abbey
abbi abbie abbigail abbos abbott abby abdalla abdallah abdelatif abdelkader abdellah abderaouf abderrahmane abdi
abdiel abdihakim abdirahman abdis abdiş abdon abdu abduaziz abduboriy abdul abdulahat abdulbekir abdulcemal abdulgazi
abdulhadi abdulhamid abdulkadir abdulkerim abdullah abdullahi abdulloh abdulmenaf abdulsamed abdulsemet abdumalik
abdurahmon abdurrahman abdurresit abdón abdülahat abdülcemal abdülhadi abdülkerim abdülsamed abdürreşit abe abebi
abednego abeer abeiku abel abela abelardo abelone abena abeni abha abhimanyu abhiram abid abie abigael abigail
abigaili abigale abigayle abigaíl abilio abina abiodun abiona abiye abner abosede abraham abram abril abror abubakar
abubakr abuzar abyasa acar acarkan ace acey achiel achieng achille achim achsah acie aclan acy ada adaeze adah adak
adal adalbert adalberto adaline adalyn adalynn adam adamaris adamo adams adan adasal add adda addi addie addison
addisyn addy addyson addý ade adebiyi adebowale adebukola adedayo adedeji adekitan adekola adekunle adel adela
adelaida adelaide adelard adelardo adelasia adelbert adele adeleke adelgunde adelheid adelia adelin adelina adelinde
adeline adell adella adelle adelmo adelyn adelynn adelía adem aden adenike adeniyi adeolu adeoti adepeju aderopo
adesewa adeshina adesoji adesua adetayo adetoke adetoun adeyi adhiarja adhra adi adia adiarja adiel adiela adigun
adika adikara adil adila adilene adimu adin adina adinata adis adison aditya adlai adlan adline admir admiral adnan
adolf adolfine adolfo adolfs adolph adolphe adolphus adomas adonis adora adoracion adoración adrain adria adriaan
adrian adriana adriane adrianna adrianne adriano adriel adrien adriene adrienn adrienne adrija adrijana adrián adriána
adron adrían adríana adríel adunni advaith advay advik advika adviye adweta adwoa adya adyson adán adèle adéla
adélaïde adíel adólf aedan aedin aengus aenne afaq afer aferdita affie afia afife afil afiq afolarin afonso afra
africa afrim afruza aftin afton afua aga agahadi agakisi agamusa agapito agastya agata agatha agathe agaxan agbegim
agca age aggie aggrey agim agla aglaia agmur agnar agne agnea agnes agnesa agnese agness agneta agnete agni agnieszka
agnolo agnos agnès agnė agostina agostino agripina agris agron agueda agus agust agusta agustin agustina agustus
agustín agáta ahat ahmad ahmed ahmet ahsen ahter ahti aicha aida aidan aideen aiden aidyn aiga aigars aija aijuka aiko
aila ailbhe aileen ailene aili ailis ailish aimable aime aimee aimo aimé aimée aina ainara ainars aine aino ainoa
ainsley ainārs airi aisha aishani aishling aisling aislinn aistis aisyah aitana aitor aivar aivaras aivars aiyana
aiyanna aja ajala ajan ajani ajda ajeng ajiman ajimat ajimin ajiono ajla ajna ajoke akalan akanmu akar akarsana akatay
akay akbar akbas akbaş akboga akboğa akcabay akcasu akcivan akdora akdurmus akdurmuş ake akeelah akeem akgol akgunes
akgöl akgüneş aki akif akinkunmi akinlabi akinwale akinyi akira akise akkerman akmal akmaner akmaral akobir akos
akosua akoth akoz akram aksay aksel akseli akshay aksogut aksoy aksöğüt aktemur aktemür akua akumaa akumu akver akwasi
akwesi akçabay akçasu aköz ala alaaddin alabama alabezek alade aladin aladino alaeddin alain alaina alambana alamiro
alamu alan alana alanalp alani alanis alanna alannah alanta alanzo alara alastair alattin alaya alayna alaz alba alban
albano albeiro alberico albert alberta alberte albertha albertina albertine alberto alberts albertus albin albina
albino albion albrecht albulena alby albín albína alcan alcee alcide alcides alcie alcira alda aldair aldar aldemar
alden alderano aldin aldis aldny aldný aldo aldona aldonza aldís ale alea aleah alease alec alecia aleck aleen aleena
aleida aleisha aleix alejandra alejandrina alejandro alejo alek aleks aleksandar aleksander aleksandr aleksandra
aleksandras aleksandrs aleksanteri aleksei aleksej aleksi alemsah alen alena alene alenka aleodor ales alesha alesia
alessandra alessandro alessia alessio aleta aletha alethea aletta alex alexa alexandar alexande alexander alexandr
alexandra alexandre alexandrea alexandria alexandrie alexandrina alexandro alexandros alexandru alexandría alexe
alexei alexej alexi alexia alexina alexis alexius alexus alexys alexzander alexía alexíus aleš alf alfa alfar alfdis
alferd alfey alfgeir alfgrimur alfhildur alfie alfifa alfio alfons alfonse alfonsina alfonso alfonz alfonzo alford
alfred alfreda alfredo alfreds alfros alfrun alfréd alfrēds alfsol alfur alfífa alger algernon algie algirdas algot
ali alia aliabbas aliana alica alice alicia alicja alida aliihsan alijah alika alin alina aline alinur alirio aliro
alis alisa alise aliseydi alisha alison alissa alisson alistair alistar alister alivia alix aliya aliyah aliyu aliza
alize alizee alizée alja aljaz aljaž aljosa aljoša alka alkor alla allahverdi allan allana allean alleen allegra allen
allena allene alli allie alline allison allisson ally allyn allyson allyssa allý alma almar almasi almast almaz almeda
almedia almendra almer almeta almina almir almira almon almond almudena almus almut almuth almyra alois aloisia alojz
alojzia alojzij alojzija aloma alondra alonso alonza alonzo aloys aloyse aloysius aloïs alparslan alpcan alpha alpheus
alphonce alphons alphonse alphonsine alphonso alphonsus alpin alpsu alpsü alrekur alrun alrún alsoy alston alta altha
althea altie altin alto altogan alton altoğan altug altuğ alva alvah alvan alvar alvaro alve alveiro alvena alver
alvera alverda alverta alvia alvie alvilda alvin alvina alvine alvira alvis alvy alvīne alwilda alwin alwina alwine
aly alya alyce alycia alys alysa alyse alysha alysia alyson alyssa alyssia alyvia alzbeta alzina alícia alída alína
alís alísa alīda alžbeta alžběta ama amac amada amadea amadeo amadeus amado amador amahle amaia amaira amal amalia
amalie amalija amalía amancio amanda amandine amando amani amar amara amarachi amare amari amarilis amarion amaris
amaro amaru amasa amaury amaya amaç ambar amber amberly ambers ambre ambrose ambrosio ambroz ambróz amedeo amedeu amel
amela amelia amelie amelija amelía america americo amerigo amey ami amiah amico amie amil amilcar amilia amilía amin
amina aminatu amine amir amira amirah amit amiya amiyah amleto amma ammie ammon amoke amol amon amondi among amope
amor amos amparo amra amre amri amrita amruta amundi amy amy-lee amy-leigh amya amza amália amélia amélie américa
américo amílcar amír amíra amý amālija ana anabel anabela anabella anabelle anacleto anaelle anahera anahi anahis
anahí anaida anais analia analía anamaria anamika ananias anar anargul anargül anaru anas anasa anastacia anastacio
anastasia anastasie anastasio anastasios anastasía anastatia anastazie anastazja anastázie anatol anatole anatoli
anatolie anatolij anay anaya anaëlle anaís anaïs anca ancel ancil ancizar ancuta ancuța anda andela anders anderson
andic andile andiç andjela andjelina andon andor andra andrada andrae andras andre andrea andreas andree andreea
andrei andreia andrej andreja andrejka andrejs andrena andres andress andrew andrey andrešs andri andria andrian
andrija andrin andrina andris andrius andrus andrzej andrá andrás andré andréa andréas andrée andrés andwele andy
anděla ane anej anel anemona anes aneta anete anett anetta anette anezka anežka anfernee anfinn angalia angantyr
angantýr angavu ange angel angela angele angeles angelia angelic angelica angelika angelina angeline angelino
angelique angelita angella angelo angelíka anggabaya anghel anghelina angi angie angus angèle angélica angélique anh
ani anibal anica anice anicet anie aniela anika aniko anikó anina anirudh anis anisa anisoara anissa anita anitra
aniya aniyah anișoara anja anjali anjanette anjelica anjolaoluwa anka anke ankica anmol ann ann-britt ann-charlott
ann-charlotte ann-christin ann-christine ann-kathrin ann-kristin ann-louise ann-mari ann-marie ann-sofi ann-sofie anna
anna-karin anna-lena anna-liisa anna-lisa anna-luise anna-maria anna-marie annabel annabell annabella annabelle annah
annak annalena annaliese annalisa annalise annalísa annamae annamaria annamarie annamária annar annarr annas
annastacia anne anne-catherine anne-francoise anne-françoise anne-kathrin anne-katrin anne-laure anne-lise anne-marie
anne-rose anne-sophie annedore annegret annegrete annekatrin anneke annel anneleen annelene anneli annelie annelies
anneliese annelise annelore annelí annemarie annemette annemie annemijn anner annerose annes annet annett annetta
annette anney anni annia annibale annica annice annick annie anniina annija annika annikki annina annis annita
annmarie annukka annunziata anny annía anný anom anon anona anoni anouk ansaldo ansel anselm anselma anselmo ansgar
ansh ansis ansley anson ansora anssi antal antanas ante antero anthoney anthony antim antione antionette antje anto
antoaneta antoin antoine antoinette anton antone antonela antonella antonello antonetta antonette antoni antonia
antonie antonieta antonietta antonija antonin antonina antonino antonio antonios antoniu antonius antons antony
antonía antonín antoníus antoon antoņina antra ants antti antun antwain antwan antwon antònia antónia antónio antônio
anu anunciacion anunciación anusha anuta anuța anvar anvi anwar anya anyango anyelo anyi anze aníbal aníka anína aníta
anže aodhan aoibheann aoibhin aoibhinn aoife aongus apisara apolena apolinar apolline apollo apollonia apolonia
apostolos april apríl aqil aquiles ara arabella araceli aracely aradhana arah aral araminta aran aranka aranzazu aras
arba arben arbey arbie arbjartur arbjorg arbjorn arbjort arbnor arcan arcelia arch archer archibald archie arda ardath
ardelia ardell ardella ardelle arden ardeth ardian ardis ardit ardita ardith ardyce ardís areli arelia arelius arely
arent ares aretha arey arezki argeir argemiro argie argils argono argu arham ari aria ariadna arian ariana ariane
arianna arianne aribert aric arie ariel ariela ariele ariella arielle arielė arietta arif arifcan arija arijus arike
ariki arild arilius arilíus arin arina arinbjorg arinbjorn arinbjörg arinbjörn arinola aris arisa arisara aristide
aristides aristita aristița arius arizona arja arjun arkadiusz arkie arkut arla arlan arland arlaug arleen arlen
arlena arlene arlet arleth arletta arlette arley arlie arlin arlind arlinda arline arlington arlis arlo arly arlyn
arlyne armahan arman armand armandas armande armando armands armani armann armas armelle armend armenia armenía armey
armida armin arminas arminda arminta armond armstead arna arnald arnaldo arnaldur arnar arnas arnau arnaud arnaude
arnav arnberg arnbergur arnbjorg arnbjorn arnbjörg arnbjörn arnborg arnd arndis arndor arndt arndís arndór arne arnes
arnett arnetta arney arnfinna arnfinnur arnfreyr arnfried arngeir arngils arngrimur arngrímur arngunnur arnhildur arni
arnie arnika arnim arnina arnis arnkatla arnkell arnlaug arnlaugur arnleif arnleifur arnlin arnljot arnljotur arnljót
arnljótur arnlín arnmundur arno arnoddur arnold arnoldas arnoldo arnolds arnor arnora arnost arnošt arnros arnrun
arnrós arnrún arnsteinn arnulf arnulfo arnulfur arny arnór arnóra arnúlfur aroa aroha aron aronas arora arpad arpag
arpağ arpád arra arran arrie arron arsenie arsenio arsim arsipatra arsol art arta artan artanto artawan artelia
artemio artemisa arther arthor arthur arthúr artie artis arto arttu artturi artur arturas arturo arturs artúr artūras
artūrs aru arun arunas arunima arusi arveig arvel arvid arvids arvil arvilla arvin arvo arvok arvydas arvīds arya
aryan aryana aryanna arziye arzu aránzazu aría aríanna aríel aríella arín arína arís aríus arūnas asa asad asael asafe
asake asalet asali asani asanti asatira asberg asbergur asberry asbjorg asbjorn asborg asbury ascension ascensión
asdis asdrubal ase asgautur asgeir asger asgils asgrimur asha ashan ashanti ashby ashely asher ashildur ashlea ashlee
ashleigh ashlene ashley ashli ashlie ashling ashly ashlyn ashlynn ashton ashtyn asi asia asif asila asilbek asiman
asir asiri asirwada asirwanda askatla askell askja asko askur asla aslakur aslan aslanhan aslaug aslaugur asleif
aslijan asliye asma asmadi asman asmar asmianto asmini asmira asmundur asmuni asny asolfur ason aspar aspen asros
asrun assa assar assia assumpta assunta ast asta astbjorg astbjorn astbjort astdis astgeir asthildur astmar astmundur
aston astrid astride astrikur astrit astros astrun astvald astvaldur astvar astveig astvin asu asuncion asunción
asvaldur asvor aswani asírí ataahua atabala atagun atagün atalay atalia atalía atamoglan atamoğlan atanur atasagun
atatore atatöre atena atenulf atfat atgun atha athanasios atharv atheel athena athman athuman athumani ati atiena
atieno atila atilhan atilio atinuke atit atiyye atla atlanta atlas atli atma atmaja atnan attaf atte atticus attie
attila attilio attracta aubra aubree aubrey aubrie aud aude audie audley audra audrey audriana audrianna audrina
audrius audry audy august augusta augustas auguste augustin augustina augustine augusto augusts augustus augustín
aukusti aulikki aulis aune aunyaporn aura auraq aurea aureja aurel aurelia aurelian aureliana aureliano aurelie
aurelien aurelija aurelio aurica aurică aurilla aurimas aurora aurore aurthur aurélia aurélie aurélien aurėja ausma
ausra ausrine austar austen austin austine austmann austmar auston austra austri austyn auther author authur autry
autumn aušra aušrinė ava avah avelino averi averie averil avery avgust avi avie avis avni avon avram avril avsin avunc
avunç avşin awadil awamil awamiri awan awani awero awesi awhina awj awlya awmar awrad axel axelia axelle axelma axelía
axenia axinte aya ayaan ayamin ayan ayana ayanna ayasun aybet aybora aycagul aycagül aycan aydan aydar ayden aydin
aydinc aydinç ayduru ayelen ayelén ayesha aygonenc aygul aygun aygutalp aygönenç aygül aygün ayhan ayinde ayinke aykut
aykutalp ayla ayleen aylil aylin aylla ayman aymen aymeric aynilhayat aynur ayodeji ayodele ayoka ayoub aypar aysan
aysar ayse ayseana aysel aysema aysenur aysevim aysoy aysu aysuna aytek ayten aytoz aytuna aytöz ayu ayub ayulker
ayush ayushman ayvas ayyaruk ayyubi ayçan ayülker ayşan ayşeana ayşenur azaan azad azade azahar azahara azalea azalee
azaria azariah azban azeeb azeglio azeneth azettin aziz aziza azize azizi azra azucena azul azuolas azzie aída aïcha
ağa ağahadi ağakişi ağamusa ağaxan ağbegim ağca ağmur aşhan aşir baaba baahir baaizeed baaqee baaqir baaree baashir
baasim baasit baba babar babasola babatunji babawale babe baber babett babette baby babyboy baccio bachittar badawi
badegul badegül badr bagas bagdas bagdat baghyawati bagiya bagus bagya baha bahaa bahaddin bahadurjit bahari bahati
bahittin bahtinur bahuraksa bahuwarna bahuwirya baiba bailee bailey bailie bairbel bairbre bairon bajragin bajram
bakari bakda baker bakhshi baki bakiadi bakianto bakidin bakijan bakiman bakiono bakti baktiadi baktianto baktiono
bala balamantri balangga balapati balatekin balazs balca baldassare baldey baldomero baldrun baldrún balduino baldur
baldvin baldvina baldwin bale baleegh balendra balhaar bali balidin balijan balinda balint baljiwan ballard baltas
baltasar baltazar baltaş balthasar balvan balveer balz balázs bama bambad bambang bambi banara banawa banawi bancar
bandile banel banjeet banks banu banü bao baptist baptiste baqar baqir bara barak baraka barasa barb barbara barbel
barbie barbora barbra barbro barbu barbára barica baris bariş barkha barna barnabas barnabás barnard barnett barney
barnie baron barr barraq barrett barri barrie barron barry barsen bart bartek bartholomaus bartholomew bartholomäus
bartley bartolome bartolomej bartolomeo bartolomeu bartolomé barton bas basaam basarab basay bascom baseer basel basem
bashaar bashaarat bashan bashar basharat basheer basheerah bashkim basil basile basilio basim basir basok basriye
bassam bassi bassí bastiaan bastian bastien bastián bastían batal batool baturay baudelio baudouin baugur bautista
baxter bayard baydu baykan baylee baylie bayman bayram bayron bayruhan baytal bayzettin bazam bağdat bağdaş başay
başhan başok bea beadie beat beata beate beatrice beatrijs beatrix beatriz beau beauden beaulah bebba bebe beckett
beckham beckie becky beda bedford bedi bediriye bedri bedrich bedřich bee beecher begga begim begona begoña behiza
behrem behruz beinir beinteinn beitir bekan bekbay bekim bekir bektasi bektaşi bela belarmino belen belgizar belia
belinda belisario belkize bell bella belle bellisan bello belo belton belva belén ben bena benadik benard benas bence
bendeguz bendegúz benedek benedetto benedict benedicte benedicto benedikt benedikta benedikte benedita benek bengibay
bengt bengta beni benia beniamin benice benicio benidikt benidikta benigna benigno benita benito benjaman benjamen
benjamim benjamin benjamine benjamín benji benjiman benjman benjámin benn benna bennett benney bennie benno benny
benný benoit benol benone benoni benony benoný benoît benson bent benta bente bentey benthe bentina bentley bento
benton bentína benvenuto benía benício beníta benóní benóný beppe bera berat beray berdie beren berend berends
berengere berenice berent berezat berg bergdis bergdís bergen bergey bergfinnur berghildur berghreinn bergjon bergjón
berglaug berglin berglind bergljot bergljót berglín bergmann bergmannia bergmannía bergmar bergmundur bergny bergný
bergran bergrin bergros bergrun bergrán bergrín bergrós bergrún bergsteinn bergsveinn bergur bergvin berit beriye
berkal berki berkley berksay berlin bernabe bernabé bernadett bernadette bernadine bernard bernarda bernardine
bernardino bernardita bernardo bernd bernd-dieter berndt berneice bernetta bernfried bernhard bernhardine berni
bernice bernie berniece bernita bernodia bernodus bernt bernward bernódus bernódía berra berran berrin berry bersi
bert berta bertalan bertel bertha berthe berthold bertie bertil bertina berto bertold berton bertram bertrand bertulis
beryl besart besarta besey beshte besim besin besnik bess besse bessi bessie bessí beste bestla beta betania betanía
beth betha bethan bethann bethany bethel bethzy betina betsey betsy betsý bett bette betti bettie bettina betty bettye
bettyjane bettylou bettý betuel betúel beula beulah bev bevan beverlee beverley beverly beyda beyhatun beyler beyonce
beyzade bezek beáta beňadik bhanumati bhavani bhavika bhavini bhavna bhavya bhekani bhekisisa bhekizizwe bhekokwakhe
biagio bianca bianka bibi bibiana bibisora bibiána bibuwa bican bidayet biddie bieke biel bienvenida bil bilaal bilal
bilay bilender bilgen bilginur bilgutay bilgütay bilha biljana bilkay bilkisu bill billie billie-jo billy billye bilol
biltas biltaş bimala bina binay binbasar binbaşar birben bird birdella birdie birger birgid birgir birgit birgitt
birgitta birgitte birgul birgül birkir birna birnir birousk birsan birsen birt birta birte birtha birthe birtie
birtingur birtir birtna biruta bisar biserka bishakha bishop bitten bitul bitül bizhan bişar bjargar bjargdis bjargdís
bjargey bjarghildur bjarglind bjargmundur bjarkan bjarkar bjarkey bjarki bjarklind bjarma bjarmar bjarmi bjarnar
bjarndis bjarndís bjarne bjarney bjarnfinnur bjarnhildur bjarni bjarnlaug bjarnlaugur bjarnleifur bjarnolfur bjarnrun
bjarnrún bjarnsteinn bjarnveig bjarny bjarnólfur bjarný bjartey bjartmann bjartmar bjartmey bjartur bjolan bjolfur
bjorg bjorgey bjorghildur bjorgmundur bjorgolfur bjorgulfur bjorgvin bjork bjorn bjorney bjornolfur bjort bjólan
bjólfur björg björgey björghildur björgmundur björgvin björgólfur björgúlfur björk björn björney björnólfur björt
bladimir blaey blahoslav blain blaine blair blaise blake blanaid blanca blanch blanchard blanche blanchie blandine
blanduzia blane blanka blas blathnaid blaz blaze blazej blazena blaž blažej blažena blerim blerina blerta blessing
blin bliss blomey blossom bluette bluford bláey blín blómey boas boaz bob boban bobba bobbi bobbie bobby bobbye bobur
bode bodhi bodil bodo boe boel boga bogatimur bogdan bogdana bogdis bogdís bogey bogga boghildur bogi boglarka
boglárka bogomir bohdan bohdana bohumil bohumila bohumir bohumír bohus bohuslav bohuslava bohuš boi bojan bolatito
bolden boleslav bolli boluwatife boma bonface bonifac boniface bonifacio bonifác bonita bonnie bonny bonu booker boone
borahan boratas borataş borbala borbála borg borgar borgdis borgdís borghildur borgny borgný borgrun borgrún borgulfur
borgúlfur boris borivoj borja borje borkur borris bortecin borut borys bose bosibori boss bostjan boston bot bothildur
botnia botnía botolfur botond bouchra bowman boyce boyd boynak boysie bozbag bozbağ bozena bozerk bozica bozidara bozo
boztas boztaş boğatimur bořivoj boštjan božena božica božidara božo bra brad braden bradford bradley bradly bradut
brady bradyn braeden braedon braelyn braga braghildur bragi brahim braiden brain brak bram bramwel branch brandan
branddis branddís brande brandee branden brandi brandie brandin brandon brandt brandur brandusa brandy brandyn
branislav branislava branka branko brannon branson brant brantley braulio bravin braxton brayan brayden braydon
braylen braylon brea breana breandan breann breanna breanne brecht breda bree breeda breege breffni breki brencis
brenda brendah brendan brenden brendon brenna brennan brennen brennon breno brent brenton breonna bresi brestir bret
bretislav brett bria brian briana brianda brianna brianne brice brid bridger bridget bridgett bridgette bridgit bridie
briek brielle brien briet brieuc briget brigette brighid brigid brigida brigita brigitta brigitte brijesh briley
brilyant brimar brimdis brimdís brimhildur brimi brimir brimrun brimrún brinda brinley brion brionna brisa bristol
brit brita britany britney britni britny britt britt-mari britt-marie britta brittaney brittani brittanie brittany
brittnay brittnee brittney brittni brittnie brittny britton brjann brjánn brock broddi broderick brodie brody brogan
brona bronach bronagh bronislava bronson bronwen bronwyn brook brooke brooklyn brooklynn brooks bror brown broņislava
bruce bruna brunhild brunhilde bruni brunilda bruno bryan bryana bryanna bryant bryce brycen brylee bryn bryndis
bryndís bryngeir brynhildur brynja brynjar brynjolfur brynjulfur brynjólfur brynjúlfur brynlee brynleifur brynn brynny
brynný brynsteinn bryntyr bryntýr bryon bryony bryson bryton brá brák brândușa bríana bríanna bríet brígida brími
brăduț buck bucur bud budd buddie buddy budi buel buelah buell buena buenaventura buffy buford buget buhari bui bujar
bukurije bula bulah bulunc bulunç buna bunk bunmi bunyamun buraid burak burakhan burc burckhard burcuhan burdette
buren bureyre burgess burghard buri burim burk burkard burke burkhard burkhardt burkney burkni burl burleigh burley
burnell burnett burney burnice burnie burns burr burrel burrell burt burton burç busara bush busisiwe busra busranur
buster butch butler buyrukhan buşra bylgja bynum byrd byrdie byron bystrik bystrík bálint bára bárbara bärbel béatrice
béatrix béla bénédicte bérengère bérénice bíbí bína bóas bóel bói bót bóthildur bótólfur börje börkur börteçin búi
búri büget bünyamün büreyre büşranur bănel bērends bērtulis břetislav bảo cabbar cabir cacilia cacilie caddie cade
caden cadence cael caesar caetana caga cagak cagdan cager caglar cagveren cahal cahan cahangir cahir cahya cahyadi
cahyanto cahyo cahyono caiden cailin cailum cailyn cain caio cait caitlin caitlyn caitlynn caitriona caius cajsa cakar
caket cakrabirawa cakrabuana cakrajiya cakrawala cakrawangsa cal calcedonio caldonia cale caleb calebe caleigh calhoun
cali calin calista calisto calixta calixto calla callan calleigh callie callum calogero calum calvin calvince cam
cambria camden camelia cameron cami camil camila camilla camille camillo camillus camilo camisha cammie camok campbell
campo camren camron camryn can canal canan canberk candace candela candelaria candelario candelas candeniz candi
candice candida candido candis candra candrakanta candy candyce canfeza cangur cangür canice cannie cannon cannur
canseven cansin cantemir cantez canur canyon caoilfhionn caoimhe caoimhin caolain caolan caomhan cap capa capitola
capkan cappie caprice captain capucine cara caragh caraka caren carey cari caridad carie carin carina carine carisa
carissa carita carl carl-heinz carl-johan carla carlee carleen carleigh carlene carleton carley carli carlie carlijn
carlisle carlito carlo carlos carlota carlotta carlton carly carlyle carlyn carma carmel carmela carmelita carmella
carmelo carmen carmenza carmina carmine carminho carnell caro carol carola carolann carole carolee carolien carolin
carolina caroline carolyn carolyne carolynn caron carra carren carri carrie carrol carroll carry carsen carson carsten
carter carub cary caryl caryn cas casandra case casemiro casen casey cash casian casiana casie casimer casimir
casimiro cason caspar casper cass cassandra cassidy cassie cassius cassondra caswell cataleya catalin catalina
catarina caterina cathal catharina catharine catherina catherine catheriona cathern cathey cathi cathie cathleen
cathrin cathrina cathrine cathriona cathryn cathy catia catina catinca cato catrin catrina catrine catrinel catriona
catur caturangga caua caue cauã cauê cavad cavid cavit cavuldur cawisadi cawisono cawuk cayadi cayden caydence
cayetana cayetano cayla caylee cazimir ceara ceasar cebesoy cebrian cebrián cecelia cecep cecil cecile cecilia cecilie
cecilija cecilio cecille cecily cecilía cecília cedide cedric cedrick cedrin ceferino ceil celal celem celena celene
celesta celeste celestia celestin celestina celestine celestino celia celie celikkan celikyurek celilay celina celinda
celine celso cem cemal cemalettin cemani cemeti cemil cemiyle cemplunk cena cenan cengiz cengkal cengkir centa
centrine ceola cephus cerasela cerci cercis cesar cesare cetin cetinsu cevale cevheri cevikoz cevregul ceyhun ceyla
ceylin ceylon ceyran cezar cezara cezary cezayir chaaya chabane chace chad chadd chadrick chadwick chaifah chaim
chaitaly chaitanya chaiwut chaka chakradev chakradhar chakrika chalisa chalmer chalmers chamali chaman chameli champ
champak chana chanakya chance chancey chanchal chancy chanda chandani chandler chandra chandran chandresh chanel
chanelle chaney chanez changaz chanie chanikan chaniya channie channing chantal chante chantel chantelle chanya charan
charis charissa charisse charita charity charla charle charlee charleen charlene charles charlesh charley charlie
charline charlize charlott charlotta charlotte charlottie charls charlsie charlton charly charmaine charo charolette
charos charvi chas chase chashida chasity chasmum chastity chatresh chatura chau chauncey chauncy chausiki chavvi
chawin chawish chaya chayanin chayapat chaz che chebet chege chelangat chelo chelsea chelsey chelsi chelsie chelsy
chema chepkemoi chepkoech chepkorir cher cheragh cherelle cheri cherie cherif cherilyn cherise cherish cherith
cherotich cherrelle cherri cherrie cherry cherryl cheruiyot cheryl cheryle cheryll chesley chessie chester chestina
chet cheusi cheyanne cheyenne chi chiamaka chiara chibuzo chidimma chigozie chijioke chimere chin china chinedu
chinelo chinyere chip chipukizi chiquita chiraz chita chizoba chloe chloie chloé chloë chlóe chris chrissie chrissy
christ christa christa-maria christabel christal christeen christel christelle christen christena christene christer
christi christiaan christian christiana christiane christianne christie christin christina christine christion christl
christof christofer christoffer christop christoper christoph christophe christopher christos christy chrystal chucho
chuck chuki chukwudi chukwuemeka chus chuy chyna chynna châu cian cianan ciaobella ciara ciaran ciarra ciarrai cicely
cicero cici cielo ciera cierra cihan cihandide ciji cilga cilla cilli cillian cilly cimnaz cinda cindi cindoruk cindy
cinerk cingiz cinnamon cinta cinthia cinthya cintia cinzia ciprian cipriana cipriano ciriaco ciril cirillo cirino
cirkeline ciro ciríaco cisem citlali citlalli citra claas clabe claes claiborne clair claire claire-lise clara
clarabelle clarance clare clarence claribel clarice clarinda clarine clarisa clarissa clarisse clark clarke clarnce
clas classie claud claude claudette claudia claudie claudina claudine claudio claudiu claudius claudy claus claus-
dieter claus-peter clavs clay clayton clearence cleave cleda clelia clell clella clem clemence clemencia clemens
clement clemente clementina clementine clemie clemma clemmie clemon cleo cleola cleon cleone cleopatra cleophas cleora
cleta cleto cletus cleva cleve cleveland clevie clide cliff cliffie clifford clifton climaco clint clinton cliodhna
cliona clive clodagh clodomiro cloe clora clorinda clothilde clotilda clotilde clovis cloyd cloé clyda clyde clydie
clytie clàudia cláudia cláudio cläre clémence clément clémentine clímaco coby codey codi codie codin codrin codrina
codrut codruta codruț codruța cody coen cogay cohen cokan colbert colby cole coleen coleman coleton coletta colette
coley colie colin coline colins colleen collette collie collier collin collince collins collis colm colman colomba
colon colonel colpan colt colten colter colton coluccio colum columba columbia columbus colvin come comfort commodore
con conal conall conan conard concepcion concepción concepta concetta concha conchita conchur conleth conley conn
connell conner connie connor conny conor conrad conradin conrado consolata constanca constance constant constanta
constantin constantina constantine constantino constanza constanze constança constanța consuela consuelo contina
conway coolidge cooper copur cora coraima coral coralia coralie coraline corbett corbin cord corda cordaro cordelia
cordell cordella cordero cordia cordie cordula corean corene corentin coretta corey cori corie corina corine corinna
corinne coriolano corliss cormac cormack corneille cornel cornelia cornelio cornelious cornelis corneliu cornelius
cornell cornie corona corrado corrie corrina corrine corry corsin cortez cortney corvin corwin cory cosima cosimo
coskun cosmas cosme cosmin cosmina cosmo cosqun costache costantino costanzo costel costin coty council courteney
courtland courtney coy coşkun coşqun craig crawford creed crenguta crenguța creola crescencia cressie crete crin crina
cris crissie crissy crista cristal cristea cristen cristhian cristhofer cristi cristian cristiana cristiano cristin
cristina cristine cristián cristobal cristofer cristofor cristopher cristy cristóbal crockett cruz crysta crystal
csaba csilla csongor ctibor ctirad cuba cuheyna cullen cuman cumsud cuneyit curdin curley curro curt curtis curtiss
custodia custodio cvetka cvetko cydney cyndi cyntha cynthia cyprian cyprián cyriel cyril cyrill cyrille cyrus czeslaw
cándida cándido cátia cäcilia cäcilie cécile cédric célestin célestine célia célina céline césar côme cümşüd cüneyit
cýrus călin cătălin cătălina daamin daan daanish daanyaal daawood dabbah dabir dabney dace dacian daciana dacin dadap
dadi dafina dafne dag dagbjartur dagbjorg dagbjort dagbjörg dagbjört dagel dagfari dagfinnur daggeir daggros daggrós
daghfal dagistan dagmann dagmar dagmara dagmey dagny dagnyr dagný dagnýr dagobert dagoberto dagrun dagrún dagur
dahiana dahlia dai daiana daiga daija daijah daina dainess dainis dainius daire dairine dairo daisey daisha daisie
daisy daisye daiyaan daja dajana dakhil dakoda dakota dakotah daksh daksha dakshesh dalaja dalan dalbert dalbir daldis
daldís dale daler daley dalia dalibor dalila dalili dalima daliman dalimin daliono dalla dallas dalli dallilja dallin
dalmann dalmar dalmas dalros dalrós dalton dalvin dalía damar damarcus damari damarion damaris dameer dameon damian
damiano damien damienne damife damijan damini damion damir damián damjan damjana damlanur damon damond damu damurah
damyanti dan dana danae danang dancan dancun dandre dane daneen danelius danelle danelíus danette daney dangelo
danhildur dani dania danial danica daniel daniela daniele danielius daniella danielle daniels danijel danijela danika
danilo danique danish daniswara danita danitza danival danièle daniël danjuma dann danna dannie danniel dannielle
danny danson dante danu danuja danuse danuta danuše dany danyel danyell danyelle danía daníel daníela daníella daníval
daphne daphné daquan dara daragh darain darby darci darcie darcy dardan darell daren daria darian dariana dariati
darien darija darijan darika darimin darin darina darinka dario darion daris darius dariusz darja darko darl darla
darleen darlene darline darling darlyne darmaji darman darmana darmanto darnell darold daron darpan darragh darran
darrel darrell darren darri darrian darrick darrien darrin darrion darrius darron darry darryl darryle darryll darryn
darsh darsirah darta dartono daru daruna darvin darwin darwyn dary daryani daryl daryle daryn darío daríus dasa
dashawn dasia dastageer daud daudi daulton daunte davante dave davey davi davian david davida davide davie davin
davina davion davis davnet davon davonta davonte davor davorin davy dawid dawn dawna dawne dawson dawud dax daxton
dayamai dayami dayana dayanara dayar dayita dayle dayna dayne dayse dayton dayyaan dağistan deacon deaglan dean deana
deandra deandre deane deangelo deann deanna deanne deante dearbhail dearbhaile dearbhla deasia deb debbi debbie debbra
debby debera debi debora deborah deborrah debra debrah debroah debóra decebal declan dedra dedric dedrick dee deeann
deedee deegan deena deepa deetta deforest deger degmeer deha deiby deicy deidra deidre deion deirbhile deirdre deisy
deividas deja dejah dejan dejon dejuan del delaney delano delbert delcie delfin delfina delfino delfín delia deliah
delil delila delilah delina delinda delisa dell della dellar delle dellia dellie delma delmar delmas delmer delmus
delois delora delores deloris delos delpha delphia delphin delphine delsie delta delton delvin delwin dema demarco
demarcus demario demarion demeter demetra demetri demetria demetric demetrio demetrios demetrius demi demi-lee demi-
leigh demian demilade demirbuken demirbüken demiriz demirok demiryurek demiryürek demond demonte dempsey demus dena
dendy dendý deneen denes denese denice deniel deniis denine denis denisa denise denisha denisse denita deniz denizalp
denkel dennie dennis denny denton denver denzel denzell denzil deníel deon deondre deonta deontae deonte dequan derald
dereck derek dereon deric derick derik derkay derl derly dermot dermott deron derrek derrell derrick derval dervilla
dervla derwin derya deryanur deryl desean deshaun deshawn desi desiderio desirae desire desiree desirée desmond
despina dessa dessie destany destin destinee destiney destini destiny destry detlef detlev dev devan devansh devante
devaughn deven devi devika devin deviner devon devonta devontae devonte devyn deward dewayne dewey dewi dewitt dex
dexter deyanira dezider dezso dezső dezzie değer değmeer dhriti dhruv dia diah diallo diamond dian diana dianah
diandra diane diann dianna dianne diar diarmaid diarmuid dicie dick dickie dickson dicy dida didda didier didina
diederik diedrich diego dierk dieter diethard diethelm diether dietlind dietlinde dietmar dietrich digdaya digna
dijana dijon diken dilan dilara dilcan dilder dildora dilfeza dilhus dilhuş dilja diljá dillan dillard dillie dillion
dillon dilnoz dilnur dilsad dilsat dilsitan dilşad dilşat dima dimas dimaz dimitri dimitrina dimitrios dimmbla dimmblá
dimmey dimple dina dinah dincer dinckol dincsu dinda dinis dink dino dinu dinçkol dinçsü diogo diomedes dion dione
dionicio dionigi dionisia dionisio dionne dionte dionyz dionýz dipa dipta dirican dirja dirk dirlik dis disa disella
dismas dita ditmar ditte dittmar divan divya dixie dixon diya diyor diyora diána diāna djamel djuana djuna dmitri doa
dobromila dobroslav dobroslava doc dochia docia dock doctor dodo dofri dogan doganalp dogannur dogansah dogg doguhan
dogun doina dola dolensoy doll dolli dollie dolly dollye dolores doloris dolph dolphine dolphus dolun dom domagoj
domald domaldi domaldur domantas domas domen domenic domenica domenick domenico domhildur domhnall dominga domingo
domingos dominic dominick dominik dominika dominique dominque dominyka dominykas domitila domnica domonique don dona
donaciano donagh donal donald donaldur donat donata donatas donatella donatello donato donavan donavon dondre donell
doner donia donie donita doniyor donn donna donnacha donncha donnell donnie donny dono donough donovan donta dontae
donte dor dora doralisa dorathea dorathy dorcas dorcus doreen dorel dorene doretha doretta dorey dori dorian doriana
dorien dorin dorina dorinda dorine dorinel doris dorit dorita dorla dorle dorli dorman dorota dorotea doroteja dorotha
dorothe dorothea dorothee dorothy dorothée dorottya dorr dorris dorsey dorte dortha dorthe dorthea dorthey dorthy doru
dorukhan dosha doshia doshie dosia doss dossie dot dottie dotty doug douglas douglass dounia dove dovie dovile dovilė
dovud dovydas dow doyinsola doyle dozier doğanalp doğannur doğanşah doğuhan draga dragan dragana dragica drago dragos
dragoș dragutin drahomir drahomira drahomír drahomíra drahoslav drahoslava drajat drake drauma draumey draupnir draven
drazen dražen dreki drema drengur drew dries drifa drilon drita driton drofn droplaug drott drucilla drury drusilla
drífa drótt dröfn dua duane duard duarte duban dubán ducu dudley dufa duff dufgus dugfus dugfús duha dui duilio duje
duke dulce dulcie duma dumisani dumisile dumitra dumitrana dumitru duna duncan dundaralp dung dunia dunja dunn dunya
dunyo duong durab duracan durante durdali durdona durell durgadin durmusali durmuşali durna durodola durrell
durrusehvar dursadiye dursun duruk duruoz duruöz durward durwood dusan dusanka dustan dustin dusty dustyn duuk duvan
duván duwayne duyen duyguhan duyên dušan dušanka dvalinn dwain dwaine dwan dwane dwayne dwi dwight dwyane dyan dylan
dylano dyllan dylon dymphna dympna dyrborg dyrfinna dyri dyrleif dyrley dyrmundur dyrunn dzidra dzintars dzintra
dániel dávid dáša débora déborah dénes désiré désirée día díana díanna díma dís dísa dísella díómedes dóa dómald
dómaldi dómaldur dómhildur dónald dónaldur dór dóra dórey dóri dóris dórothea dórótea dóróthea dögg dögun dölensoy
döner dörte dörthe dúa dúfa dúi dúna dúnn dündaralp dünya dürrüşehvar dýrborg dýrfinna dýri dýrleif dýrley dýrmundur
dýrunn dārta dāvis dũng dương eadaoin eakumbu eamon eamonn ean eanna earl earle earlean earlene earley earlie earline
early earnest earnestine eartha easter easton eathel eavan eba ebb ebba ebbe ebbi ebbie eben ebeneser ebenezer eber
eberg eberhard eberhardt ebert eboni ebonney ebony ebuakil ebuka ecaterina ecegul ecegül ecemis ecemiş echo eckard
eckart eckehard eckhard eckhardt eckhart ecrin eda edaviye edd edda eddah eddie eddy edel edelbert edelgard edelmira
edelmiro edeltraud edeltraut edeltrud eden eder edgar edgaras edgard edgardo edgars edgubay edgübay edhitha edi edie
edier edil edilberto edilma edilon edilson edin edina edinah edinson edison edisson edit edita edite edith editha edla
edmon edmond edmonia edmund edmundo edmunds edna ednah edoardo edon edona edouard edra edrie edris edsel edson edu
eduar eduard eduarda eduardo eduards edvard edvardas edvin edvinas edvins edvīns edw edwar edward edwardo edwin edwina
edyth edythe edílon edīte eelis eemeli eemil eerik eero eesaa eesha eetu eeva efe efemia efemía effa effie efil
eflatun eflâtun efraim efrain efraím efraín efrem efren efrén efser eftimia eftimie ega egbert egedia egedía egenur
eggert eggrun eggrún egidijus egil egill egils egla egle eglė egon egzon egzona ehan ehrenfried ehrentraud ehrhard
ehsaas ehsan eider eidvile eidvilė eija eijaz eik eikar eila eileen eilifur eilis eilish eilífur eimantas eimear eimer
eimhear einar einari einbjorg einbjörg eindis eindís einer einey einhildur einina einir eino einrun einrún einína eir
eira eiravati eirdis eirdís eirfinna eirik eirika eirikur eirny eirný eirun eiríka eiríkur eirún eitel eithan eithel
eithne eivin eivind eivor eja ejaz ejlaal eka ekaja ekalinga ekani ekansh ekanta ekantika ekapad ekaraj ekaterina
ekavir ekbal ekber ekene ekiya ekkehard ekkehart ekmel eko ekow ekrem ekta ekundayo ekundu ela eladio elaf elaina
elaine elam elamiye elana elariz elayne elba elberg elbert elberta elbridge elby elcin elcira elcy elda eldar eldbjorg
eldbjörg elden elder eldey eldgrimur eldgrímur eldjarn eldjárn eldlilja eldmar eldon eldor eldora eldred eldridge
eldrun eldrún eldur eldór elea eleanor eleanora eleanore elease eleazar electa eleina elektra elemer elemér elena
elenborg eleni elenor elenora elenore elentinus elentínus eleodoro eleonor eleonora eleonore eleonóra eleuterio elex
elfa elfar elfi elfida elfie elfreda elfrieda elfriede elfur elgie elgin elgun elgün elhan eli elia eliabeth eliakimu
elian eliana eliane elianna elias elick elida elie eliecer elien elieser eliette eliezer elif elifnur eliga eligah
elige eligia eligio elihu eliisa elijah elimar elin elina elinbergur elinbet elinbjorg elinbjort elinborg elindis
eline elingunnur elinmundur elinor elinore elinros elinór elio eliona eliot eliott eliros elis elisa elisabet
elisabeta elisabete elisabeth elisabetha elisabetta elisaveta elise eliseo elisha eliska elissa elita eliud eliza
elizabet elizabeta elizabete elizabeth elizah elizbeth elize elizebeth eliáš eliška elka elkana elke elkin ell ella
elladio ellamae ellar elle ellen eller ellert ellery elley elli elliana ellie ellin ellinor elliot elliott ellis
ellisif ellison ellsworth ellwood elly ellyn ellín ellís ellý elma elman elmar elmars elmer elmeri elmidar elmina
elmir elmira elmire elmo elmore elmyra elmārs elna elnora elnur eloa eloah elodia elodie elof eloi elois eloisa eloise
elon elona elonzo elosy elouise elove eloy eloá eloísa eloïse elphas elpidio elroy els elsa elsabet elsad elsbeth else
elsebeth elsi elsie elsworth elsy elsí elsý elta elton elturan eluh elva elvan elvana elvar elver elvera elvi elvia
elvie elvin elvina elvira elvire elvis elvy elvíra elvý elvīra elwanda elwin elwira elwood elwyn elxan ely elyas elyse
elyssa elza elzada elzbieta elzie elzy elçin eléa eléna eléonore elí elía elíana elías elíeser elímar elín elína
elínbergur elínbet elínbjörg elínbjört elínborg elíndís elíngunnur elínmundur elínrós elíná elínór elírós elís elísa
elísabet elísabeth elöve elīna elşad elżbieta ema emal emaline eman emanoil emanuel emanuela emanuele emanuella
emanuelly emanuil emanúel emas ember embla embrek embuh emeka emelia emeliana emelie emelina emeline emely emelyne
emelía emelíana emelína emer emerald emeralda emerson emery emese emett emiel emigdio emil emilce emile emilee emilia
emilian emiliana emilianna emiliano emilie emilien emilija emilio emilis emilly emils emilse emily emilía emilíana
emilíanna emilý emin emina emine emir emiro emirsan emirşan emis emit emiş emma emma-louise emmaculate emmah emmalee
emmaline emmanuel emmanuelle emmanúel emmer emmerich emmet emmett emmi emmie emmit emmitt emmons emmy emmý emogene
emong emory emperatriz empluk emran emre emrullah emry emy emília emý emīlija emīls ena enar encarna encarnacion
encarnación encarnita enda endah endra endre endrit ene enea eneka enes enfes engelbert engilbert engilbjartur
engilbjort engilbjört engiljon engiljón engill engilros engilrós engin enginiz engla enid enika eniko enikő eniola
enis enith enja enna ennio ennis enno enoch enock enok enola enos enrico enrika enrique enriqueta ensar ensari ensio
enteng enver enya enzi enzio enzo enóla eoghan eoin eola eowyn ephantus ephraim ephram ephriam epifanio eppie epsie
era eral eraldo erasmo erasmus erastus eraycan erbay erbil erby ercan ercihan erdal erdemer erdibay erdmute erdogan
erdursun erem eremia eren erenalp erensoy eres ergener erginel ergonul ergul ergun ergönül ergül ergün erhard erhardt
eric erica erich erick ericka erie erik erika erikas eriks erin erina erincer erinçer erion eris eriş erkan erkinel
erkki erksoy erla erland erlar erle erlen erlendur erlene erlin erlinda erline erling erlingur erlín erma ermanis
ermanno ermenegildo ermes ermina ermine ermutlu erna ernest ernestas ernestina ernestine ernesto ernests ernestó ernie
ernir erno ernst ernst-august ernst-dieter ernst-otto erny ernő erogul erol eron eroz eroğul erpur errol ersat ersec
ersel erseç ertan erten ertun ertuncay ertün erva ervaniye ervin erving ervín erwan erwin eryk erykah eryn erzsebet
erzsébet eröz erşat esa esau esben esco esekiel esekíel esenbay esengun esengün esenturk esentürk esequiel esfandyar
eshan eshana esi esila esim esja esjar esker eskil eskinalp esko eslemnur esley esma esmanperi esmarelda esmee
esmeralda esmira esmée esna esneider esparta espartaco espen esperanza espiridion espiridión esra esref essa essence
essex essi essie esta esteban estefan estefani estefania estefany estefanía estel estela estell estella estelle ester
estera esteri estes estevan esther estiawan estie estill estiono estiva estiven eston estrella esupofo eszter eta
etela etelka etelvina etha ethan ethel ethelbert ethelene ethelyn ethen ether ethie ethna ethne ethyl ethyle etibar
etienne etiqad etizaaz etna etta etter ettie ettore euan eudora eufemia eufemía eufrosina eugen eugene eugenia eugenie
eugenio eugine eugène eugénia eugénie eula eulah eulalia eulalie eulogio eulália euna eunan eunice eunika euphemia
eura eusebia eusebio eusebiu eustace eustaquio eustatiu eustațiu eutimio eutropio eva eva-lena eva-maria eva-marie
evald evaldas evalds evalena evaline evalyn evalyne evamaria evan evance evander evangelia evangelina evangeline
evangelista evangelos evanghelina evans evaristo evcimen evde eve evelena evelia evelien eveliina evelin evelina
eveline evelio evelyn evelyne evelynn evelína ever everet everett everette everline everlyne evert evertt evette evey
evfemia evfemía evgenia evgenía evi evia evie evija evita evlalia evlalía evon evonne evrim evrimer evy evíta ewa
ewald ewan ewart ewatomi ewelina ewell ewin ewing exa exequiel exie eyberg eybjorg eybjort eybjörg eybjört eydan eydis
eydís eyglo eygló eyhildur eyja eyjalin eyjalín eyjolfur eyjólfur eylaugur eyleif eyleifur eylin eylín eymar eymundur
eyrikur eyros eyrun eyríkur eyrós eyrún eysteinn eyvar eyveig eyvindur eyvor eyvör eyyub eyyup eyyüp ezekiel ezell
ezequiel ezgin ezgutekin ezgütekin ezio ezra ezzard eşim eşref faas faber fabia fabian fabiana fabien fabienne fabio
fabiola fabián fabiënne fabrice fabricio fabrisius fabrisíus fabrizia fabrizio facundo fadekemi faderera fadil fadile
fadime fae fafnir fahari fahmi fahrullah fainche faiq fairy faisa faith faizah faizan faize falak falan falgeir
falguni falk falki falko fallon falon falur fami fanaka fancy fannar fannberg fanndis fanndís fanney fanngeir fanni
fannie fannlaug fanny fannye fanný faqid farah faraj faraja farangiz faras fares farhan farhiya farhod farhunnisa
farid farida farijika fariq faris fariz fariza faron farouk farrah farrell farris faruk farzona fate fathonah fatigul
fatigül fatih fatiha fatima fatime fatinur fatma fatmanur fatmir fatmire faton fatteh fatuma faustas faustino fausto
fawn fay faye fayette fayize fazil fazli fazul feargal fearghal febe febi februn febrún fed fedde fedele feden
federica federico federigo fedor fehim fehintola fehmiye feisal felecia felice felicia feliciana feliciano felicidad
felicie felicien felicitas felicity feliks feline felipa felipe felisa felisha felista felister felistus felix
felizitas fella felton fem fema femke fengur fenna fenne fenni fenrir fenton ferahdiba ferat feraye ferd ferdi
ferdinand ferdinando ferdínand feremez ferenc fergal fergus ferhan ferhat feriel ferihan ferinaz ferman fermin fermuta
fermín fern fernand fernanda fernande fernando ferne ferney ferny ferre ferrell ferris fersan fertram feruza feryas
ferzi festus fetullah feyha feykir feyruz feyzin feza fia fiachra fiamma fibikemi fidan fidaye fidel fidela fidelia
fidelis fidelma fidencio fides fidvi fielding fien fiene fifa fifill fiifi fikayomi fildan filip filipa filipe filipia
filippa filippia filippo filippus filippía filipía filit filiz filofteia filomena filoména fimar finbar finbarr finian
finis finley finn finna finnbjorg finnbjork finnbjorn finnbjörg finnbjörk finnbjörn finnboga finnbogi finnborg finndis
finndís finnegan finney finngeir finnjon finnjón finnlaug finnlaugur finnros finnrós finnur finola fintan fiodor fiona
fionan fionna fionntan fionnuala fionnula fiorella fiorenzo fiorino firdavs firdevis firdovsi firman firmin firudin
fisher fisnik fitan fitim fitnat fito fitore fitria fitriani fitzgerald fitzhugh fiyaz fjalar fjalldis fjalldís fjarki
fjola fjolar fjolla fjolmundur fjolnir fjolvar fjornir fjóla fjólar fjólmundur fjölnir fjölvar fjörnir flamur flannan
flavia flavie flavio flaviu fleda fleet fleeta flem fleming flemming fleta fletcher fleur flint flo floare floarea
floki flonnie floor floortje flor flora florance flore florea florence florencia florencio florene florent florenta
florentin florentina florentine florentino florența floretta florian floriana floriane florica florida floridor florie
florim florin florina florinda florine floris florián florrie flosi flossie flovent floy floyd flurin flurina flynn
flóki flóra flórent flóvent foch fodil folashade folda folke folker folkert folki folu fonda fonn ford forest forni
forrest fortunata fortunato forum fossmar foster fotima fount fouzia foy frado fran franc franca france frances
francesca francesco franchesca franci francia francies francina francine francis francisc francisca francisco
franciscus francisek franciska francisquita franciszek franck franco francois francois-xavier francoise francy franjo
frank frank-michael frank-peter franka frankie franklin frankline franklyn franklín franky frann frans fransiska
frantisek frantiska františek františka franz franz-josef franz-peter franz-xaver franziska françois françois-xavier
françoise frančišek frar fraser frauke frazer frazier fred freda freddie freddy frede frederic frederica frederick
fredericka frederico frederik frederika frederike frederikke frederique fredi fredie fredo fredric fredrick fredrik
fredrika fredy freeda freeman fregn freia freida freja fremont french fresia freya freybjorn freybjörn freydis freydís
freyja freylaug freyleif freymar freymundur freyr freysteinn fricis frida fridah fridolin fridrich frieda friedbert
friedemann frieder friedericke friederike friedhelm friedhilde friedhold friedl friedlinde friedo friedrich friedrich-
karl friedrich-wilhelm friend frigg frimann frithjof fritz frode froilan froilán frona fronia fronie fronnie frosti
frostros frostrós frusina fryderyk frán fránn frár frédéric frédérique frímann fugen fulgencio fuller fulton fulvio
fuma fumiko funi fura furman fusi fuzayl fuzuli fylkir fynn fábio fáfnir fálki fátima félicie féline félix fía fídes
fífa fífill fólki fönn fúsi fügen füzuli gabe gabel gabi gabin gabino gabor gabriel gabriela gabriele gabrielius
gabriella gabrielle gabrielly gabriël gabríel gabríela gabríella gaby gada gadang gading gaduh gael gaelle gaetan
gaetano gagan gage gaia gaida gaige gail gaiman gaines gaither gaja gal gala galak galang galar galasso galdur gale
galen galih galilea galina galiono galip gallego galo galuh galur galvarino gamaliel gamalíel gaman gamani gamanto
gambira gamblang gambo ganda gandewa gandi ganep ganga gangsa gangsar gani ganim ganimete ganiye ganjaran gannon
gantar gara garan garang garda gardner garech gareth garett garey garfield garibaldi garima garland garner garnet
garnett garold garpur garret garreth garrett garri garrick garrison garry garth garvan garvin gary gaspar gaspard
gaspare gasper gasti gaston gastone gastón gathoni gatis gatot gatra gauge gaui gauja gaukur gaurang gaurangi gaurav
gauri gaurika gautam gautami gauthier gauthildur gauti gautrekur gautur gavan gaven gavin gavyn gawati gay gayathri
gaye gayla gayle gaylen gaylene gaylon gaylord gaynell gazel gazmend gaël gaëlle gaëtan gašpar gbadebo gbolahan
gbowoade geanina gearld gearldine gearoid geary gebhard gederts gediminas gedion gee geert geetika gefjun gefn geir
geira geirbjorg geirbjörg geirdis geirdís geirfinna geirfinnur geirhildur geirhjortur geirhjörtur geirhvatur geiri
geirlaug geirlaugur geirleifur geirmundur geirny geirný geirolfur geirrun geirrún geirtryggur geirvaldur geirólfur
geisli gejza gelengul gelengül gellir gelsomina gelu gema gemma gena genaro gencaslan gencay gene general genesis
geneva genevieve geneviève genevra genie gennaro gennie geno genovefa genoveva genta gentiana gençay gențiana geo
geoff geoffrey geoffroy geofrey georg georganna george georgeann georgeanna georgel georgene georges georgeta
georgetta georgette georgia georgian georgiana georgiann georgianna georgie georgina georgine georgios georgía
geovanni geovanny gerald geraldine geraldo geralyn gerard gerarda gerardine gerardo gerardus geraud geray gerd gerda
gerdi gereon gerfried gergely gergo gergő gerhard gerhardt gerhart gerhild geri gerlind gerlinde germain germaine
german germana germán gernot gero gerold gerolf geronimo gerrard gerri gerrit gerry gerson gert gerta gertha gerti
gertie gertraud gertraude gertraut gertrud gertruda gertrude gertrudis gertrúda gervasio gerwin gery gerónimo gesa
gesare gesche gesine gestny gestný gestrun gestrún gestur geta gethera getrude geza ghaalib ghaazi ghaffaar ghafoor
ghaith ghalib ghaliyati ghanee ghanem ghani ghannam ghasaan ghauth ghawth ghayoor ghazalan ghazanfar ghazanfer
ghazawan ghazi ghazzal ghenadie gheorghe gheorghita gheorghiță gherghina ghilas ghislain ghislaine ghita ghiyaath
ghiyath ghiță ghufran ghulaam ghulam ghunayn ghusharib ghusun ghutayf gia giacinto giacobbe giacomo giada giampaolo
giampiero gian gian-luca giana giancarlo gianfrancesco gianfranco gianina gianluca gianluigi gianmarco gianna gianni
gianpaolo gianpietro gibson gica gicu gică gideon gidget giedre giedrius giedrė giel giesela gifford gifty gigi gigja
gigjar gijs gil gilang gilbert gilberte gilberto gilda gildardo giles gilford gilles gillian gillie gillis gilly gillý
gilma gilman gilmar gilmer gilmore gils gilslaug gina ginette ginger ginny gino gintare gintarė ginyas gioacchino
gioachino gioele gioffre gioia gion gionata giorgia giorgian giorgiana giorgio giosue giosuè giovani giovanna giovanni
giovanny girik girindra girish girolamo girtha girts gisa gisbert gisela gisele giselle gisla gisley gisli gislina
gislinde gislny gislrun gislunn gisselle gissunn gissur gisèle gita gitau githinji gitonga gitta gitte giulia giuliana
giuliano giulietta giulio giuseppa giuseppe giuseppina giustino giz gizela gizella gizem gizur gjaflaug gjuki gjúki
gladis gladstone gladyce gladys glauco glen glenda glendon glendora glenn glenna glennie glennis glenwood glenys
glinda glo gloa globjort glodis gloey gloi gloria gloría glover glumur glynda glynis glynn gló glóa glóbjört glódís
glóey glói glúmur gna gneisti gnupur gnyr gná gnúpur gnýr goa goda godelieva godelieve godfrey godofredo godwin goebel
goffredo gogo gohar goi gok gokay gokbudun gokce gokcebalan gokcil goken gokhan goknur gokperi goksev gokten golda
golden goldia goldie goli goma goncafer goncalo gonen gonul gonzalo gonçalo gopal goran gorazd gordan gordana gorden
gordon gorge gorgunay gorklu gorm gorsev gosta gote gottfrid gottfried gotthard gotthilf gotthold gottlieb gottlob
gottskalk gottskálk gottsveinn gotz governor goyo gozel gozem grace gracelyn gracia graciana graciano gracie graciela
grady graeme grafton graham grainne grani grania grankell grant granville gratian gratiana gratiela graves gray grayce
graydon grayling grayson grazia graziano graziella grazyna grațian grațiana grațiela greca grecia greco green greene
greet greg grega greger gregg greggory gregoire gregor gregoria gregorian gregorio gregory grein greipur greppur gret
greta gretar gretchen grete gretel grethe gretl gretta grettir greyson gricelda griet grieta griffin griffith grigore
grima grimar grimey grimhildur grimkell grimlaugur grimnir grimolfur grimulfur grimur grisel griselda grit gro groa
grove grover grzegorz grégoire grégory grét gréta grétar gríma grímar grímey grímhildur grímkell grímlaugur grímnir
grímur grímólfur grímúlfur gróa grēta gua guadalupe guarino gucal gucluer gucyeter gudrun gudula guenter guenther
guglielmo gugu gugulethu guido guilford guilherme guillaume guillermina guillermo guiomar guiseppe gul gulab gulaga
gulay gulbala gulbani gulbeyan gulbiye gulce gulcegun gulcin guldam gulder guldunya gulegen gulel gulenay guler gulev
gulfaam gulfam gulfari gulfeza gulgen gulguzel gulhisar gulinaz gullbra gullbrá gulluhan gullveig gully gullý gulmira
gulmisal gulnar gulnaz gulnaziye gulnur gulozge gulper gulsa gulsahin gulselin gulsen gulseref gulseren gulsevil
gulshan gulsiye gulsu gulsum gultac gulten gulter gulus gulustan gulxar gulzadiye gulzar gumercindo gumi gumma
gumustekin gun gun-britt gunar gunars gunay gunaydin gunbir gunborg gunda gundel gunden gundhild gundi gundolf gundula
gunduz gunduzalp gunebakan guneet guneri guney gungordu gungoren gunhild gunilla gunita gunkurt gunn gunnar gunnberg
gunnbjorg gunnbjorn gunnbjort gunnbjörg gunnbjörn gunnbjört gunnborg gunndis gunndor gunndora gunndís gunndór gunndóra
gunnel gunnella gunner gunnfinna gunngeir gunnhallur gunnhildur gunnjona gunnjóna gunnlaug gunnlaugur gunnleif
gunnleifur gunnolfur gunnoli gunnrun gunnrún gunnsteinn gunnur gunnvaldur gunnveig gunnvor gunnvör gunny gunnólfur
gunnóli gunný gunsel gunsen gunser gunta guntars gunter gunther guntis guntram gunver gunvor gunārs gurarda gurcuye
gurelcem gurli gurney gurry gurrý gursal gurten gus guss gussie gust gusta gustaaf gustaf gustas gustav gustave
gustavo gustavus gustaw gusti gustie gustáv gusztav gusztáv guthrie gutti guttormur guus guusje guvercin guy guzey
gwen gwenael gwenaelle gwenaëlle gwenda gwendolen gwendoline gwendolyn gwyn gwyneth gyda gygjar gylfi gymir gyongyi
gyorgy gyorgyi gyozo gyte gytis gytta gytė gyula gyöngyi györgy györgyi győző gzim gábor génesis gérald géraldine
gérard géza gía gídeon gígja gígjar gísela gísla gísley gísli gíslný gíslrún gíslunn gíslína gíta góa gógó gói gök
gökay gökbudun göken gökhan göknur gökperi göksev gökten gökçe gökçebalan gökçil göli gönen gönül göran görgünay
görklü görsev gösta göte götz gözel gözem gúa gústaf gústav gücal gül gülay gülağa gülbala gülbani gülbeyan gülbiye
gülcegün güldam gülder güldünya gülel gülenay güler gülev güleğen gülfari gülfeza gülgen gülgüzel gülhisar gülinaz
güllühan gülmira gülmisal gülnar gülnaz gülnaziye gülnur gülper gülselin gülsen gülseren gülsevil gülsiye gülsü gülsüm
gültac gülten gülter gülxar gülzadiye gülzar gülçe gülçin gülözge gülüs gülüstan gülüş gülşa gülşahin gülşeref
gümüştekin günar günay günaydin günden gündüz gündüzalp günebakan güneri güngördü güngören günkurt günsel günser
günter günther günver günşen gürarda gürcüye gürelcem gürsal gürten güverçin güzey güçal güçlüer güçyeter gýgjar gýmir
habib habiba habibe habibu habil haciali hacile hadassa hadassah hadda haddi haddur haddy haddý haden hadi hadicha
hadija hadithi hadiza hadjer hadley hadrey hadrien hafberg hafbjorg hafbjörg hafborg hafdis hafdís hafey hafgrimur
hafgrímur hafiz haflina haflína hafnar hafni hafny hafný hafros hafrun hafrós hafrún hafsa hafsat hafshah hafsteina
hafsteinn hagalin hagalín hagbert hagen haiba haiden hailee hailey hailie hairyanto hajnalka hajo hakan hakeem haki
hakikat hakim hakon hakonia hal halbert hale haleigh halenur haley haleygur halfdan hali halid halidun halie halil
halim halima halina halisi haliye hall halla hallbera hallberg hallbjorg hallbjorn hallbjörg hallbjörn hallborg
halldis halldor halldora halldís halldór halldóra halle halley hallgeir hallgils hallgrimur hallgrímur hallgunnur
hallie hallkatla hallkell hallmann hallmar hallmundur hallny hallný hallrun hallrún hallsteinn hallur hallveig hallvor
hallvör halsey haluk ham hamar hami hamid hamilton hamima hamis hamish hamisi hamiyet hamp hampton hampus hamsini
hamundur hamza hamzah hana hanbiken handy hanedan hani hania hanife hanim hanja hank hanna hannabel hannah hannchen
hanne hanne-lore hannele hannelore hannes hanney hanni hannibal hanno hanns hannu hanny hanora hans hans-adolf hans-
albert hans-bernd hans-christian hans-detlef hans-dieter hans-dietrich hans-eberhard hans-erich hans-friedrich hans-
georg hans-gerd hans-gerhard hans-gunter hans-gunther hans-günter hans-günther hans-heinrich hans-helmut hans-henning
hans-herbert hans-hermann hans-hinrich hans-joachim hans-jochen hans-jorg hans-josef hans-jurgen hans-jörg hans-jürgen
hans-karl hans-ludwig hans-martin hans-michael hans-otto hans-peter hans-rainer hans-rudolf hans-theo hans-ulrich
hans-uwe hans-walter hans-werner hans-wilhelm hans-willi hans-wolfgang hansa hansel hansford hansgeorg hansina
hansjoachim hansjorg hansjurg hansjurgen hansjörg hansjürg hansjürgen hanson hanspeter hansruedi hanss hansueli
hansultan hansína haralamb haralambie harald haraldur harambee harbinaz hardana harden hardi hardie hardik hardin
harding hardy harekur hari harijs harimurti harinakshi harini haris harish harita hariz harja harjasa harjaya harjo
harl harlan harland harlaugur harlen harlene harley harlie harlon harlow harm harman harmon harmony harnail harol
harold haroldo haron harpa harper harrell harri harrie harriet harriett harriette harris harrison harro harrold harry
harrý harsana harsanto harsaya harsh harshil hart hartaka hartana hartley hartmann hartmut hartmuth harto hartvig
hartwell hartwig haruko harun haruna harve harvey harvie harvy hasan hasbek hasel hasgul hasgül hashiki hasim haskell
hasna hasret hassan hassie hasso hasta hasteinn hatem hatice hatima hatin hattie hauksteinn haukur haukvaldur hauwa
hava havali havar havard havarr haven havse hawa hawehindi hayali hayat haydee hayden haydée hayel hayes haylee
hayleigh hayley haylie hayret hayrunnisa hayrünnisa hays hayward haywood hazeem hazel hazelle hazen hazine hazle
hazrat heath heather heaven heba heber hebert hector hedda hedi hedvig hedviga hedvika hedwig hedy hedí hege heide
heide-marie heidelinde heidelore heidemarie heiderose heidi heidrun heidy heike heikir heikki heiko heimir heimo
heiner heinfried heini heino heinrekur heinrich heinz heinz-dieter heinz-georg heinz-gerd heinz-gunter heinz-gunther
heinz-günter heinz-günther heinz-joachim heinz-josef heinz-jurgen heinz-jürgen heinz-otto heinz-peter heinz-walter
heinz-werner heinz-wilhelm heinz-willi heisi heitor hekima hekime hekla hekmet hektor helaine helan heleen helen
helena helene helfried helga helge helgi heli helina helinä heliodoro hella helle hellen hellena hellevi hellmut
hellmuth helma helmar helmer helmi helmtrud helmut helmuth helmút heloisa heloise heloísa helvi helyn helén heléne
helēna hema hemal hemang hemangini hemani hemi hemmert hence henderson hendra hendri hendrik hendrikka henery henife
henk henna henner henni hennie henning henny henný henretta henri henric henrich henricus henrieta henrietta henriette
henrik henrika henrike henrikki henriks henrique henry henryk henríetta henrý hera heracleea heraclio heraldo herb
herbert herberto herbjorg herbjorn herbjort herbjörg herbjörn herbjört herborg herdis herdís herfinnur hergeir hergill
hergils heribert heriberto herjolfur herjólfur herlaug herlaugur herleifur herlinda herlinde herluf herma herman
hermanis hermann hermann-josef hermanni hermelinda hermenegildo hermes hermina herminda hermine herminia herminio
hermon hermundur hermína hernan hernando herney hernán herrmann herschel hershel hershell hersilia hersilía hersir
hersteinn hersveinn herta hertha heru hervar herve hervey hervin hervor hervé hervör herwig heryanto hesbon hessie
hester hesti hettie hetty heva heyvetullah heyward hezekiah hezniye hezron hezzie hicham hicran hicsonmez hidaya hidde
hideo hidir hilah hilal hilario hilarius hilary hilaríus hilayda hilbert hilda hildah hildar hildburg hilde hildegard
hildegarde hildegart hildegund hildegunde hildibergur hildibjorg hildibjörg hildibrandur hildigeir hildiglumur
hildiglúmur hildigunnur hildimar hildimundur hilding hildingur hildir hildisif hildred hildur hilkka hill hillard
hillary hillery hillevi hilliard hilma hilmar hilmer hilmir hilton hiltraud hiltrud himawan himinbjorg himinbjörg
himri hind hindal hinet hinewai hinrich hinrik hinrika hinrikka hipolito hipólito hiral hiram hiroshi hitesh hiçsönmez
hjallkar hjallkár hjalmar hjalmdis hjalmer hjalmey hjalmgeir hjalmros hjalmrun hjalmtyr hjalmur hjalmveig hjalta
hjalte hjaltey hjalti hjarnar hjordis hjorleif hjorleifur hjorny hjortur hjorvar hjálmar hjálmdís hjálmey hjálmgeir
hjálmrós hjálmrún hjálmtýr hjálmur hjálmveig hjördis hjördís hjörleif hjörleifur hjörný hjörtur hjörvar hledis
hlegestur hler hlif hlifar hlin hlini hljomur hljómur hlokk hlynur hlédís hlégestur hlér hlíf hlífar hlín hlökk
hnefill hnikar hnikarr hoang hoani hobart hobert hobson hocine hodari hodd hogna hogni hoke holden holgeir holger
holland holli hollie hollis holly holm holmar holmbert holmbjorg holmdis holmes holmfastur holmgeir holmgrimur
holmkell holmsteinn holti homer homero hong honora honore honoré hoover hope horace horacio horatio horatiu horațiu
horea horia horn horst horst-dieter horst-gunter horst-günter horst-peter hortencia hortense hortensia hortenzia
horton horymir horymír hosea hoseas hosie hoskadem hoskuldur hosteen houcine houda houston howard howell hoy hoyt
hoàng hoşkadem hrafn hrafna hrafnar hrafnbergur hrafnborg hrafndis hrafndís hrafney hrafnhildur hrafnkatla hrafnkell
hrafnlaug hrafntinna hrafntyr hrafntýr hrannar hrappur hraunar hraundis hraundís hredhaan hrefna hreimur hreindis
hreindís hreinn hrimnir hringur hritik hroaldur hroar hrobjartur hroi hrolfdis hrolfur hrollaugur hrolleifur hromundur
hronn hrund hrutur hrvoje hrímnir hróaldur hróar hróbjartur hrói hrólfdís hrólfur hrómundur hrönn hrútur huban hubbard
hubert hubertine hubertus huda hudavent hudson huey hugberg hugbjorg hugbjort hugbjörg hugbjört hugborg hugdis hugdís
hugh hughes hughey hughie hugi huginn hugleikur hugljuf hugljúf hugo hugrun hugrún hugues huguette hugó huia hukumdar
huld hulda huldah huldar huldis huldrun huldrún huldís hulya humaira humaiya humayra humberto humeyra humi humoyun
humphrey hunalp hunbjorg hunbogi hundis hung huni hunn hunor hunt hunter huong hurbert hurdogan hurican hurley hurmet
hurside huruyet huryasar hurşide huseyin huseyn huseynqulu husmen husnuhal hussein huston huxley huy huzaifa huzuri
hvannar hvonn hvönn hyltir hylur hyman hymen hynek hyrum hákon hákonía háleygur hálfdan hálfdán hámundur hárekur
hárlaugur hásteinn hávar hávarr håkan håkon håvard héctor héloïse hélène híram hólm hólmar hólmbert hólmbjörg hólmdís
hólmfastur hólmgeir hólmgrímur hólmkell hólmsteinn hóseas hödd högna högni hörn höskuldur húbert húgó húmi húnbjörg
húnbogi húndís húni húnn hüda hükümdar hülya hümeyra hürdoğan hürmet hüryaşar hürüyet hüseyin hüseyn hüseynqulu hüsmen
hüsnühâl hưng hương hồng iacob iain ian iancu ianis iara iasmina ibaad iban iben ibeth ibidapo ibironke ibn ibolya
ibraaheem ibraheem ibrahim ibrani ibrohim ibun ibán ica icey icha icie icy ida idabelle idamae idda ide idell idella
idika idrees idris idriz idun ieremia iesa iesha ieshia ieva ifa ifeanyi ifechukwu ifeoma ifora iftikhaar iftikhar
ifunanya ige ignac ignace ignacia ignacio ignacy ignas ignatius ignatz ignaz ignazio igne ignác ignė igor igors ihab
ihaia ihsaan ihsan ihtesham ihtiram ihtishaam ihtsham iida iiris iisakki ijaya ijli ika ikbal ike ikenna ikeoluwa iker
ikhlaas ikhsan ikin ikraam ikram ikramah ikrimah ikshita ila ilah ilan ilari ilaria ilarie ilarion ilda ildefonso
ildiko ildikó ileana ilene ilenia ilga ilhan iliana ilias ilie ilija ilinca ilir ilja ilka ilkka illa illugi illya
ilma ilmari ilmars ilmur ilmārs ilo ilona ilonka ilsa ilse ilyas ilyes ilze ima imam imane imani imanol imants imany
imara imaran imelda imene imer imi imke immaculate immanuel immanúel immo immy immý imo imogen imogene imona imran
imre imrich imron ina inaki inara inaya inda indah indali indi india indiana indie indira indra indrajit indre indrek
indrikis indriķis indrė indy indía indíana indíra ine inell ines inese ineta inez infant ing-britt ing-marie inga
inga-britt inga-lill ingalill ingberg ingbert ingdis ingdís inge ingeborg ingeburg ingegard ingegerd ingegärd ingela
ingelise ingelore ingemar inger ingetraud ingetraut ingey inghildur ingi ingiberg ingibergur ingibert ingibjartur
ingibjorg ingibjorn ingibjort ingibjörg ingibjörn ingibjört ingiborg ingifinna ingilaug ingileif ingileifur ingilin
ingilín ingimagn ingimar ingimaria ingimaría ingimunda ingimundur ingiros ingirós ingisol ingisól ingivaldur ingiveig
ingjaldur ingmar ingo ingolf ingolfur ingram ingrid ingrida ingried ingrun ingrún ingrīda inguna ingunn ingvaldur
ingvar ingveldur ingvi ingólfur inigo inioluwa inka inken inkeri inmaculada inna innocent inocencio inocentiu
inocențiu insa inta intan inès inés inês ināra ioan ioana ioanina ioannis iola iolanda ion iona ione ionel ionela
ionelia ionica ionică ionut ionuț iosefina iosif ippazio ira ireland iren irena irene iretioluwa irfan iriana iridenta
iridian irina irine irinel iris irja irl irma irmantas irmela irmeli irmengard irmgard irmhild irmi irmingard irmtraud
irmtraut irmtrud irmy irmý irnanto irpa irsad irungu irunn irva irven irvin irvine irving irwan irwin irya iryna irène
irén iréne irēna isa isaac isaack isaak isabel isabela isabell isabella isabelle isabelly isac isack isadora isadore
isafold isai isaiah isaias isak isalind isaline isam isamar isaque isar isarr isaura isaya isaías isbjorg isbjorn
isdis ise iseldur iseoluwa isey isfandiyor isfold isgeir isha ishaan isham ishani ishanvi ishildur ishita ishmael
ishola ishwar isiah isidor isidora isidore isidoro isidro isin isis isla islaug isleif isleifur islom ismael ismail
ismar ismaël ismet ismey ismo ismoil isobel isol isold isolde isolfur isolina isom israel isreal isrun issa issac
issack issi issol istvan istván isveig ita italo itanya ituri itzel itziar iulia iulian iuliana iuliu iunn iurie
iustin iustina iustinian iva ivah ivan ivana ivanka ivanna ivano ivar ivars iver iverson iveta ivette ivey ivica ivie
ivka ivo ivona ivone ivonne ivor ivory ivy iván iwan iwo iwona iyabode iyadunni iyana iyanna iymona iza izaaz izabela
izabele izabella izabelle izabelė izaiah izayah ize izetta izidor izola izora iztok iñaki iľja işin jaabir jaafar jaak
jaakko jaan jaana jaanus jabal jabari jabbaar jabbar jabez jabir jabr jabulani jacalyn jace jacek jacey jacinta
jacintha jacinto jack jackeline jacki jackie jackline jacklyn jackson jacky jaclyn jacob jacobine jacobo jacobus
jacoby jacopo jacque jacquelin jacqueline jacquelyn jacques jacquez jacquline jacqulyn jad jada jade jaden jader
jadiel jadon jadranka jadwiga jadyn jaeda jaeden jael jaelyn jaelynn jaeman jafar jafet jaffer jaga jagapati jagaraga
jagat jagdish jagger jagrati jagvi jahangir jahanzeb jahdami jahdari jaheem jaheim jahi jahiem jahir jahiz jahm
jahongir jai jaida jaiden jaider jaidyn jail jailene jailyn jaiman jaime jaimee jaimie jair jairaj jairo jairus jais
jajuan jaka jakayla jake jaki jakob jakobe jakobina jakobs jakobína jakop jakov jakub jalaal jalal jaleel jalees
jaleesa jalen jalia jalil jalisa jalissa jaliyah jalmari jalol jalon jalsa jalyn jalynn jamaal jamal jamalia jamar
jamarcus jamari jamarion jame jameel jamel james jameson jamey jami jamie jamie-lee jamie-leigh jamil jamila jamin
jamir jamison jamiya jammie jamshid jamya jan jan-ake jan-erik jan-olof jan-peter jan-åke jana janae janaki janani
janay jane janeen janel janell janelle janene janessa janet janeta janeth janett janetta janette janey janez jangwa
jani janiah janic janice janick janie janik janin janina janine janis janiya janiyah janja jankat janko jann janna
janne janneth jannette janni jannie jannik jannika jannis jano janos janosch january januja janus janusz janya janyce
japhet japheth jaquan jaquelin jaqueline jaquez jara jarad jared jaren jaret jarett jari jarkko jarl jarlath jarleth
jarmila jarmo jarnbra jarne jarngrimur jarno jarod jarolim jarolím jaromir jaromira jaromír jaromíra jaron jaroslav
jaroslava jaroslaw jarrad jarred jarrell jarret jarrett jarrod jarun jaruthip jaruwan jarvis jarwa jarwadi jarwi jarún
jase jasen jasiah jasin jasiri jaslene jaslyn jasmani jasmijn jasmin jasmina jasmine jasminka jasmit jasmyn jasmyne
jasmín jasna jason jasper jasur jaswadi jatgeir jati jatin jatmiko jatmundur jaunita javan javen javi javier javiera
javion javohir javon javonte jax jaxen jaxon jaxson jaxton jay jaya jayadi jayce jaycee jaycie jaycob jayda jaydan
jayde jayden jaydin jaydon jaye jayeng jayla jaylah jaylan jaylee jayleen jaylen jaylene jaylin jaylinn jaylon jaylyn
jaylynn jayme jaymes jayne jayson jayvion jayvon jazeps jazlene jazlyn jazlynn jazmin jazmine jazmyn jazmyne jazmín
jaël jean jean-baptiste jean-charles jean-christophe jean-claude jean-francois jean-françois jean-jacques jean-louis
jean-luc jean-marc jean-marie jean-michel jean-paul jean-philippe jean-pierre jean-pol jean-yves jeana jeane jeanetta
jeanette jeanie jeanine jeanmarie jeanna jeanne jeannette jeannie jeannine jeannot jeanny jeb jebet jecinta jed
jedediah jedidah jedidiah jedrzej jeet jeevika jef jeferson jeff jefferey jefferson jeffery jeffie jeffrey jeffry
jefri jeison jeisson jekabs jekaterina jekaubs jelagat jelani jele jelena jelita jelka jelle jelte jemal jemima
jemimah jemma jemutai jena jenaro jenel jenelle jenetta jenifer jeniffer jenilee jenipher jenna jennette jenni jennie
jennifer jenniffer jennings jenny jenný jeno jens jens-peter jens-uwe jensen jensina jensína jente jenő jep
jepchirchir jepchumba jepkemoi jepkoech jepkorir jepkosgei jeppe jeptha jeptoo jerad jerald jeraldine jeramiah jeramie
jeramy jere jered jerel jereme jeremey jeremi jeremiah jeremias jeremie jeremy jeremías jergus jerguš jeri jerica
jerilyn jerilynn jerimiah jerimy jerker jermain jermaine jerman jermey jermiah jernej jerneja jerod jeroen jerold
jerome jeromy jeronimo jerono jerop jerotich jerrad jerrel jerrell jerri jerrica jerrie jerrilyn jerrod jerrold jerry
jerson jerusha jeruto jeryl jerzy jerónimo jerôme jes jesca jesenia jesica jesper jess jesse jessee jessenia jessi
jessica jessie jessika jessy jessye jessý jesus jesusa jesús jet jethro jetmir jeton jett jetta jettie jevgeni jevon
jewel jewell jezups jhalak jhan jhoan jhoana jhon jhonatan jhonny jhony jil jiles jill jillian jim jimena jimmie jimmy
jina jinawi jindra jindrich jindriska jindřich jindřiška jinjuta jinnie jinthe jip jiri jirina jitka jitrin jiřina
jiří joa joachim joacim joakim joan joana joanie joann joanna joanne joannes joao joaquim joaquin joaquina joaquín
joash job jobe jobst jocelyn jocelyne jocelynn jochem jochen jochum jodi jodie jodis jody joe joel joell joella joelle
joellen joep joerg joeri joeseph joesph joetta joette joey joffrey johan johana johann johanna johannah johanne
johannes johans johathan john johnathan johnathon johney johnie johnna johnnie johnny johnpaul johnson johnstone johny
joi joke jokla joko jokubas jokull jokulros jokūbas jolan jolana jolanda jolanta jolanthe joleen jolene jolette jolie
jolien jolijn jolin jolina joline jolán jomar jomundur jon jona jonah jonanna jonar jonas jonasina jonatan jonathan
jonathon jonbjorg jonbjorn jonbjort jondis jondor jondora jonell jones joney jongeir jonhildur joni jonida jonina
joninna jonmundur jonna jonnie jonny jono jonsteinn jony jonás jonáš joojo joona joonas joonatan joost joppe jora
joram joran jordan jordana jorden jordi jordin jordon jordy jordyn jordán joren joretta jorfi jorg jorg-peter jorge
jorgen jorgina joris jorja jorlaug jorma jormundur jorn jorri jort jorundur jorune jorunn jorvar jorvi jory jorūnė jos
josafat josavin jose josebina josee josef josefa josefiina josefin josefina josefine josefita joselin joseline
joseluis joselyn josep joseph josepha josephat josephina josephine josephus josette josh joshua joshuah josiah josiane
josianne josie josiephine josip josipa josko joslyn joso josphat josphine josse jossie jost josteinn josua josue josué
josy josé josée joséphine jouko jouni journey jovan jovana jovani jovanni jovanny jovany jovin jovina jovita joy joyce
joycelyn joye joyline jozef jozefa jozefina jozefína jozica jozo jozsef joão joé joël joëlle joško jožef jožefa jožica
jua juan juana juanita juanito judah judd jude judea judge judi judie judit judita judith judson judy judyth juelz
juergen juha juhana juhani juho jukka jula jule jules juli julia julian juliana juliane juliann julianna julianne
julie julie-anne julien julienne juliet julieta julieth julietta juliette julija julijana julijs julio julious juliros
julisa julissa julita julius juliusz julián juluis juma jumaane jumadi jumari juna june juni junia juniana junie
junior junious junius juozas juraj jure jurek jurg jurgen jurgita juri jurij juris jurre jussi justas justen justice
justin justina justinas justine justiniani justo juston justus justyn justyna justína jusuf jutta juul juulia juuso
juvenal juwan juwon jyoti jyrki jytte ján jános járnbrá járngrímur játgeir játmundur jázmin jérémie jérémy jérôme
jéssica jóa jóakim jóann jóanna jódís jóel jóhann jóhanna jóhannes jói jólín jómar jómundur jón jóna jónanna jónar
jónas jónasína jónatan jónbjörg jónbjörn jónbjört jóndís jóndór jóndóra jóney jóngeir jónhildur jóninna jónmundur
jónný jónsteinn jónída jónína jóný jóra jórlaug jórunn jósafat jósavin jósebína jósef jósefín jósefína jósep jósteinn
jósúa jóvin józef józsef jökla jökull jökulrós jörfi jörg jörg-peter jörgen jörgína jörmundur jörn jörri jörundur
jörvar jörvi júdea júdit júlia július júlí júlía júlían júlíana júlíanna júlíetta júlírós júlíus júní júnía júníana
júníus júrek jürg jürgen jüri jānis jāzeps jēkabs jēkaubs jędrzej jūla jūle jūlija jūlijs kaamil kaan kaaren kaarina
kaarlo kaashif kaat kaazim kabeer kabir kabiru kacey kachela kaci kacie kacper kacung kacy kada kade kadeem kaden
kadence kader kadijah kadin kadir kadri kadyn kaeden kael kaela kaelyn kaelynn kafeel kahina kahir kahlil kahu
kahurangi kai kai-uwe kaia kaiden kaija kaila kailee kailey kailyn kaique kairav kaisa kaiser kaitlin kaitlyn kaitlynn
kaiya kaj kaja kajen kajetan kajji kajsa kajus kakali kaktus kala kalbi kaldi kale kaleb kaleem kaleema kaleena
kaleigh kalel kalen kalene kalervo kalevi kaley kalgay kali kalie kalim kalina kaliyah kalla kalle kallie kalman
kalmann kalmar kalpit kaltrina kaluwa kalvin kalyn kamal kamala kamar kamari kamaria kamau kambali kamden kameron kami
kamidin kamiel kamil kamila kamilah kamilla kamilly kamma kamolchanok kamora kamran kamren kamron kamryn kamya kamí
kanak kanda kandace kandef kandi kandice kandy kane kanesha kani kania kanini kanisha kanpulat kanye kaombwe kapagan
kapitola kaprasius kaprasíus kapítóla kar kara karaamat karabas karabaş karaca karaer karakucak karam karama karan
karanbay karani karanja karatas karataş karcan kardelen kardi kare kareem kareen karel karen kari karie karim karima
karimah kariman karimi karin karina karine karis karissa karitas kariuki karja karkur karl karl-august karl-dieter
karl-erik karl-ernst karl-friedrich karl-georg karl-hans karl-heinrich karl-heinz karl-hermann karl-josef karl-jurgen
karl-jürgen karl-ludwig karl-otto karl-peter karl-werner karl-wilhelm karla karlee karlene karles karley karlfried
karlheinz karli karlie karlijn karlina karlinna karlis karlo karlotta karlukhan karly karlína karlīna karma karman
karmen karna karo karol karola karolien karoliina karolin karolina karoline karolis karoly karolyn karolína karon
karren karri karrie karsa karsana karson karsten karsyn karta karter kartika karvel karya karyl karyme karyn karí
karín karína karítas karó karólín karólína kasam kasandra kasen kasey kash kashan kashangaki kashif kashish kashvi
kasie kasif kasim kasimir kasiran kasiyah kaskazi kason kaspar kaspars kasper kassandra kassidy kassie kassim kastiel
kastriot kastíel kasusra kata katalin katalina katana katariina katarina katarinus katarzyna katarína katarínus
katarīna katcha kate katelijne katelin katelyn katelynn katerina katerine katerína kateřina kathaleen katharina
katharine katharyn kathe katherin katherina katherine katherinne kathern katheryn kathey kathi kathie kathinka
kathleen kathlene kathlyn kathrin kathrine kathryn kathryne kathy kathyrn kati katia katica katie katie-louise katina
katinka katja katla katleen katlin katlyn katlynn kato katri katrien katriina katrijn katrin katrina katrine katriona
katrín katrína katrīna kattie katty katy kató katý kauko kauri kauthar kaver kavon kavurt kavya kawaca kawaya kawkab
kawthar kay kay-uwe kaya kayagun kayagün kaycee kayden kaydence kaye kaygusuz kayla kaylah kaylan kaylee kayleen
kayleigh kaylen kaylene kayley kayli kaylie kaylin kaylyn kaylynn kayrabay kaysan kayson kayun kazi kazim kazime
kazimierz kazimir kazimír kazuko kazuo kaşif keagan kealan keandre keanna keano keanu keara keaton kecia keegan keelan
keeley keely keena keenan keenen keesha keeva kefser kegan keifer keijo keila keion keira keisha keith keji kelami
kelan kelby kelcie keld kelechi keli kelis kellan kellee kellen kelley kelli kellie kelly kelly-anne kelly-marie kellý
kelsea kelsey kelsi kelsie kelton kelvin kelâmi kem kemal kemba kemboi kemuma kemunto ken kenan kenari kendal kendall
kendell kendra kendrick kenedy kenes keneth kenia kenisha kenji kenley kenn kenna kennard kennedi kennedy kennet
kenneth kenney kennith kennth kenny kent kenter kenth kenton kenya kenyangi kenyatta kenyon kenza kenzie kenzo keon
keran keri kerim kerime kerman kermit kerri kerrie kerry kerstin kerttu kerubo kerwin kesha keshaun keshawn keshia
kestutis kete ketilbjorg ketilbjorn ketilbjörg ketilbjörn ketill kevan keven kevim kevin kevon keya keyaan keyla keyon
keyshawn kezban kezia keziah khaalid khaan khadidja khadija khadijah khaled khalid khalil khalilah khamani khamisi
khanyisile khari khiry khloe khoa kia kiaan kiah kian kiana kiandra kianna kiano kiapo kiara kiaran kiarie kiarra
kibafupia kibar kibet kibibi kiburi kick kiddy kiddý kiefer kiel kiera kieran kiernan kieron kierra kiersten kieth
kifaye kijana kijani kike kikelomo kiki kiley kilian kiljan killian kilonzo kilían kim kimani kimanzi kimathi kimball
kimber kimberely kimberlee kimberley kimberli kimberlie kimberly kimbilio kimeu kimmo kimora kimutai kimya kinaya
kindra king kinga kingston kinley kinsey kinsley kinte kinubi kinuthia kinyanjui kinyua kiojah kioko kip kipchirchir
kipchumba kipenzi kipepeo kipkemboi kipkemoi kipkirui kipkoech kipkorir kipkosgei kipkurui kiplagat kiplangat kiplimo
kipngeno kipngetich kipp kipras kiprono kiprop kiprotich kipruto kipsang kiptoo kipyegon kira kiramettin kirby kiri
kirk kirsi kirsten kirsti kirstie kirstin kirstine kirsty kirstín kirt kirui kisha kisima kit kitan kitti kittie kitty
kittý kiume kiwara kiya kiyasi kiyoko kiyoshi kizzie kizzy kjalar kjallakur kjalvor kjalvör kjaran kjarr kjartan
kjarval kjeld kjell kjersti kjetil kjoi kjárr kjói klaas kladia klara klare klas klaudia klaudie klaus klaus-dieter
klaus-gunter klaus-günter klaus-jurgen klaus-jürgen klaus-michael klaus-peter klaus-ulrich klaus-werner klavdija klavs
klea klemen klemens klement klementina klementína klemenz kleopatra kleópatra kliment kloe klothilde kládía klára
kläre knorr knox knud knut knute knutur knörr knútur kobe koby kocabas kocabaş kocak kockan koda kodchaporn kody koech
koen koenraad kofi koggi kojo koker koko koktas kolawole kolbeinn kolbjorg kolbjorn kolbjörg kolbjörn kolbra kolbrun
kolbrá kolbrún kolby koldan koldis koldís kole kolfinna kolfinnur kolfreyja kolgrima kolgrimur kolgríma kolgrímur
kolka kolmar koloman kolskeggur kolten kolton kolur koncagul koncagül kondo konguralp konkordia konkordía konner
konnor konny konný konrad konradi konradus konstantin konstantinos konstantinus konstanty konstantínus konstanze konul
konštantín kopan kopur kora koray korbin korbinian kordell kordula korede korey kori korinna korir korka korkmazalp
kormakur kormákur kornel kornelia kornelija kornelius kornelía kornelíus kornél kornélia kort kortney korugan kory
kosemen kosgei kosisochukwu kosukhan kotryna kotuz kourtney kovu koçak koçkan koşukhan kraig kraki kreszentia kreszenz
kria kriemhild kris krish krisha krishna krisjanis kriss krissy krista kristal kristall kristan kristaps kristberg
kristbergur kristbjorg kristbjorn kristbjörg kristbjörn kristborg kristdor kristdór kristel kristen kristens kristensa
krister kristers kristey kristfinnur kristgeir kristi kristiaan kristian kristiana kristiane kristianna kristie
kristien kristiina kristijan kristin kristina kristine kristinn kristián kristiāna kristjan kristjana kristjon
kristjona kristján kristjón kristjóna kristlaug kristlaugur kristleifur kristlin kristlind kristlín kristmann kristmar
kristmundur kristny kristný kristof kristofer kristoffer kristolina kristopher kristros kristrun kristrós kristrún
krists kristupas kristvaldur kristveig kristvin kristvina kristy kristyn kristyna kristíana kristíanna kristín
kristína kristóf kristófer kristólína kristýna krisztian krisztina krisztián krisztofer kritika krišjānis krišs
krištof krummi krysta krystal krysten krystian krystin krystina krystle krystof krystyna kryštof krzysztof kría
ksawery ksenija kubran kuchanua kuddusi kujoe kujtim kullervo kulnun kumar kumral kumush kunaporn kuncara kunibert
kunigunda kunigunde kunkyi kuno kunta kunthara kuria kurnia kursad kurt kurtis kurunzi kushtrim kusiima kustaa kusuma
kutay kutgun kutgün kutun kveldulfur kveldúlfur kveta kvetoslav kvetoslava květa květoslava kwabena kwadwo kwaku
kwamboka kwame kwamena kwasi kweku kweli kwesi kya kyalo kyan kyano kyara kyla kylah kylan kyle kylee kyleigh kylene
kyler kylian kylie kyllian kyllikki kymani kyra kyree kyrie kyson kálmán kár kára kári károly kâmil kâzime käte käthe
käthi kåre kévim kévin kókó kópur köker köktaş könül kösemen kübran künkyi kürşad kārlis kęstutis laban labeeb labib
labinot labuh lacey lachlan laci lacie lacramioara lacy lada ladarius laddie ladina ladislau ladislaus ladislav
ladislava ladli ladonna lady laeeq laetitia lafayette lafe lage lahiah lahoma laia laika laila lailah lailati laimonis
lainey laini laiq lais laisha laith lajita lajlaj lajos lakeisha laken lakendra lakesha lakeshia lakisha laksana laksh
lakshit lakshmi lala lale lalita lalla lalo laly lamar lamarcus lambert lamberto lameck lamine lamont lamonte lan lana
lanang lance landan landen lander landin lando landon landyn lane lanette laney langalibalele langat langgeng lani
lanie lanita lanjar lannie lanny lantar laoise laora laqeet laquan laquita lar lara lara-sophie larae laraine laras
larensina larent larentius laretta larey larisa larissa lark larkin laron larry lars lars-ake lars-erik lars-goran
lars-göran lars-olof lars-åke larue larus lary lascar lascăr lashanda lashawn lashonda lashunda lasmanto lasmono
lasonya lasse lassi lassie laswi laszlo latanya latarsha latasha lateef latesha latif latifah latika latisha latonia
latonya latoria latosha latoya latoyia latrell latrice latricia latrina laufar laufey laufhildur lauga laugey laugi
launa laura laurance laure laureano laureen laurel lauren laurence laurene laurens laurent laurentia laurentiu laurenz
laurenția laurențiu lauretta laurette lauri laurian lauriane laurie laurin laurina laurine lauris laurita laurits
lauritz lauryn laurynas laus laust lautaro lavada lavanya lavar lavelle lavender lavenia lavera lavern laverna laverne
lavina lavinia lavize lavon lavona lavonda lavonia lavonne lavínia lavīze lawanda lawerence lawrance lawrence
lawrencia lawson lawton lawyer layla laylah laylo layne layth layton lazar lazaro laze laziz lazzaro lazăr laëtitia
laíla laís lea lea-sophie leafy leah leala leamon lean leana leander leandra leandre leandro leane leaner leann leanna
leanne leano leart leatha leatrice leda ledion ledun ledün lee leeann leela leen leena leeroy leesa leevi lega legawa
leia leider leidy leif leifur leigh leighton leiknir leikny leikný leila leilani leire leisa leisha leitha leja lejla
leke lekha lela lelah leland lelar lelia lella lem lembah lemma lemmie lemon lempi lemuel len lena lenah lenard lene
leni lenin lenka lenn lenna lennard lennart lennarth lennert lennie lennon lenny lenon lenora lenord lenore lenwood
leo leocadia leocadio leokadia leola leoma leon leona leonard leonardo leonce leoncio leone leonel leonhard leoni
leonia leonid leonidas leonie leonor leonora leonore leons leontin leontina leontine leontīne leonóra leopold leopolda
leopoldina leopoldine leopoldo leora leordean leos leota leoš ler lera lere leroy lerze les lesa lesana lesia leslee
lesley lesli leslie lesly less lessie lesta lester leszek leta letha lethia leticia leticija letitia letizia letiția
letta lettie letty letícia leva levar levente levern levi levie levin levina levis levon levoslav levy leví lew lewis
lex lexi lexie lexis lexus leydi leyla leyla-katharina leyli leyre lezize leïla leó león leóna leónidas leónóra
leópold lhanzey lia liam lian liana liane lias liba liban libardo libbie libby liberto liberty libia libni libor
libusa libuse libuša libuše lica liceth licia lică lida liddie lidia lidie lidija lidwina lidya lieke lien liene liepa
lies liesa liesbet liesbeth lieschen liesel lieselot lieselotte lieve lieven lieze lif lifdis liga lige ligia ligita
liisa lila lilah lilburn lili lilia lilian liliana liliane lilianna lilie lilija lilijana lilita lilja liljana liljar
liljuros liljurós liljá lill lilla lillard lillemor liller lilli lillia lillian lilliana lillianna lillie lillis lilly
lillý lilo lilou lily lilyan lilyana lilyanna lilý lim liman limar limazah limon lin lina linah linas linberg linbjorg
lincoln lind linda lindah lindar lindberg lindbergh linddis linddís linde lindell linden lindis lindita lindsay
lindsey lindy line lineik linet linette liney lingny lingný linh linhildur lini link linn linna linnea linnie linnéa
lino linsey lintang linton linus linwood linzy lio lioara lioba lionel lipika liridon liridona lirim lirjan lisa lisa-
marie lisabet lisandra lisandro lisanne lisbet lisbeth lise lise-lott lise-lotte lisebet liselott liselotte liseth
lisette lish lisha lisle lissa lissette lissi lissie lissy listalin listalín liston lita litha littie little littleton
litzy liv liva livia livingstone livio liviu liwia liya liyaaqat liyaqat liz liza lizabeth lizbeth lize lizete lizeth
lizette lizz lizzie lizzy ljiljana ljosalfur ljosbjorg ljosbra ljotunn ljotur ljubica ljubisa ljubov ljudmila ljufur
ljósbjörg ljósbrá ljósálfur ljótunn ljótur ljúfur llewellyn lloyd loa loan lockie loda lode lodewijk lodovico loek
loes lofn loftur loftveig logan logey logi lohit loic loice loida lois loise lokbra lokbrá loke loki lola lolita lolla
lollie loma lon lona londisizwe londiwe london londyn lone loney long loni lonie lonna lonnie lonny lonzo loot lopa
lope lora loraine loran lorayne lorcan lore lorean loredana loree loreen lorelai lorelei loreley loren lorena lorene
lorens lorenz lorenza lorenzo loreto loretta loretto lori loria loriann lorie lorik lorin lorinda lorine loring loris
lorna lorne lorraine lorrayne lorri lorrie lossie lot lota lotfi lothar lott lotta lotte lotti lottie lou louana
louane louann louanna louella louetta loui louie louis louisa louise louisiana louka loula louna lourdes lourenco
lourenço lousie louvenia lova love lovell lovett lovey lovie lovina lovis lovisa lovre lovro lovísa lowe lowell lowie
loy loyal loyce loyd loyola loïc loïs luan luana luann luanne luara luay luberta lubica lubomir lubomira lubomír lubor
lubos luboslav luboslava luboš luc luca lucas lucca luce lucentiu lucențiu lucero lucetta lucette luchino lucho lucia
lucian luciana luciano lucie lucien lucienne lucija lucila lucile lucille lucina lucinda lucindy lucio lucious lucius
lucky lucrecia lucretia lucretiu lucrezia lucreția lucrețiu lucy lucía luda ludek ludger ludie ludivine ludmila
ludmilla ludo ludolf ludomil ludomila ludovic ludovica ludovico ludovicus ludovit ludvig ludvik ludvík ludwig ludwina
luděk lue luej luella luena luetta lufen lugenia luhung luigi luigia luigina luis luisa luisana luise luisina luitgard
luiza lujza luka lukas lukasz luke lukita lukka lukman lukáš lula lulah lular lulie luljeta lulla lulu luluh lulut
lulzim lum luminita luminița lumir lumír luna lundi lungile lunna lupe lupita luqmaan luqman lura lurana lurena lurhur
lurline lusia lusinda luster lut lute luter lutf lutfan lutfi lutgarde lutgardis lutgart luther luthfi lutie lutz luuk
luvenia luverne luvinia luvisa luwar luwes luyanda luz luzia luzie luzius luzmira luís luísa lwandile lya lyam lyda
lydell lydia lydiah lydiane lydianne lydie lydía lykke lyla lylah lyle lyman lyn lyna lynda lyndia lyndon lyndsay
lyndsey lynette lyngar lynley lynn lynne lynnette lynsey lynwood lyric lysiane lytingur lár lára lárensína lárent
lárentíus láretta lárey lárus lászló lázaro lâle léa léana léandre léane léna léo léon léonard léonce léone léonie
léontine léopold lér lía líba líf lífdís lín lína línberg línbjörg líndís líneik líney línhildur líni lísa lísabet
lísandra lísbet lísebet lív lívia lóa lóreley lórens lórenz lúcia lúcía lúkas lúna lúsinda lúsía lúter lúther lúvísa
lúísa lüfen lütfi lýdia lýdie lýdía lýtingur lăcrămioara lėja lība līga līna līza lūcija maahir maaike maajid maalik
maanas maanav maaria maarit maarten maartje maawiya maaz maazin mabad mabel mabell mabelle mabil mable mac macarena
macaria macario macarthur macauley mace macel maceo macey macharia machelle maci macide macie maciej mack mackenzie
macs macy mad madaha madalena madalin madalina madaline madalyn madalynn madani madara maddalena madden maddison
maddox maddux maddy maddý made madeleine madelene madelief madeline madelyn madelynn madge madhav madhavi madie
madilyn madilynn madina madini madisen madison madisyn madiyan madleina madlen madlyn madoa madonna madora mads madyan
madyson mae maebell maebelle maegan mael maelle maelys maeva maeve mafalda maftuna magali magalie magaly magan
magarete magda magdalen magdalena magdalene magdaline magdaléna magdolna magen magga maggey maggi maggie maggy maggý
magna magndis magndís magne magnea magnes magney magngeir magnhildur magni magnolia magnus magnusina magny magnús
magnúsína magný magret magrit mahad mahala mahali mahalia mahalie mahaz mahbeer mahboob mahbub mahdee mahdi mahdy
maheen maher mahesa mahfooz mahfud mahfuj mahfuz mahi mahigul mahigül mahika mahir mahja mahlon mahmood mahmoud mahmud
mahmut mahnaz mahsun mahter mahulena mai maia maicol maida maidis maie maighread maija maik maike maiken maikol maila
maimuna maimunah maina maingi maira maire mairead mairin mairtin maisa maisha maisol maisy maite maitê maivi maiya maj
maj-britt maj-lis maja majani majd majdi majdy majeed majella majken major majvor makai makaila makala makan makara
makarena makau makayla makeen makena makenna makenzie makhi makini makokha makori maks maksim maksimiljan maksude
maksur maksymilian maksüde makunga makuta makuu mal mala malachi malachy malak malakai malaki malaya malcolm malcom
male malea maleah malen malena malene malgorzata malhildur malia maliah malik malika malin malina malinda malio
malissa malissie maliyah maliza malla malle mallie mallorie mallory malorie malou malte malthe malu malva malvin
malvina malvína malwina malía malín mamadou maman mame mamen mamie mammie mamun man manaaki manadis manaf manah manaia
manan manawa manbir manca manda mandi mandie mandla mandlakhe mandy manel manerva manervia maney manford manfred mani
manie manila manilla manja manley manly mannie manning manola manole manolo manon mans mansfield manson mansurali
mantas mante manthan mantė manu manuel manuela manuelita manuella manuelle manus manya manúel manúela maqsud mar mara
mara-julie maraea maralyn maranda maras marbjorn marbjörn marc marcantonio marcel marcela marcelina marceline
marcelino marcell marcella marcelle marcello marcellus marcelo marchello marcheta marci marcia marcial marciano marcie
marcin marcio marco marcos marcu marcus marcy mardell mardis mardís mare maree mareen mareike mareikura mareile marek
mareks marel marela mareli marella marely maren marese marey marga margana margaret margareta margarete margaretha
margarethe margarett margaretta margarette margarida margarita margarite margaritha margarito margaréta margaud
margaux marge margeir margene margeret margery marget margherita margie margit margita margitta margo margot margoth
margret margreth margrethe margrett margretta margrieta margrimur margrit margrith margrjet margrét margrímur
marguerite margueritte margunnur margurite margus marguy margy mari maria maria-luise maria-theresia mariadi mariah
mariam marian mariana mariane marianela mariangela marianita mariann marianna marianne mariano marias maribel maribeth
marica maricel maricela maricica maricruz marie marie-ange marie-anne marie-cecilie marie-christine marie-claire
marie-claude marie-france marie-francoise marie-françoise marie-helene marie-hélène marie-jeanne marie-jose marie-josé
marie-laure marie-line marie-louise marie-luise marie-madeleine marie-noelle marie-noëlle marie-paule marie-pierre
marie-rose marie-sophie marie-theres marie-therese marie-thérèse mariechen marieke mariel mariela mariele mariella
marielle marieluise marietta mariette marija marijan marijana marijke marijn marijon marijón marika mariko marikó
marilee marilena marilla marilou mariluz marilyn marilynn marin marina marinda marine marinela marinella marinette
marini marinka marino marinus marinó mario marioara mariola marion maris marisa marise marisel marisela marisol
marissa maristela marit marita marite maritta maritza mariuca mariuerla marius mariusz mariyah marián marja marja-
leena marja-liisa marjaana marjan marjana marjanca marjani marjatta marjeta marjo marjon marjona marjorie marjory
marjukka marjut marjón mark markas markel markell marketa marketta markita markku marko markrun markrún markus markéta
markó markús marla marlana marland marlaug marlee marleen marleigh marlen marlena marlene marleny marley marlie
marlies marliese marlin marlis marlise marlo marlon marly marlyn marlys marlyse marlène marlén marlín marlís marni
marnie marnita marnix marolina marolyn maron maroof maros maroš marques marquez marquis marquise marquita marri
marrion marry mars marsa marselia marselina marsellius marsellíus marselía marselína marsh marsha marshal marshall
marsibil marsilia marsilía marsito marsudi marsy marsý mart marta martaka martana martani marte marteinn martell
marten martez martha marthe marthen marti martial martijn martika martim martin martina martine martino martins
martirio marton martta martti marty martyn martynas martí martín martína marus marusa maruša marva marvel marvin marwa
marwata mary maryadi maryam maryann maryanne maryanto marybelle marybeth maryellen maryjane maryjo marylee marylene
marylin maryline marylou marylouise marylyn marylène maryse maryvonne marzena marí maría maríam marían maríana
maríanna marías marín marína marínella marínó maríon marís marísa marísól marít maríuerla maríus marólína marý masa
masako masao masar maside masika masinde mason massiel massimiliano massimo massinissa masume mat matas mate matea
matei matej mateja mateo mateus mateusz matevz matevž math matheo matheus mathew mathews mathias mathieu mathijs
mathilda mathilde mathis mathys mathéo mathías mati matias matic matie matija matilda matilde matiss matiu matjaz
matjaž mato matous matouš mats matt matta mattea matteo matthaus matthea matthew matthia matthias matthieu matthijs
matthilda matthildur matthäus matthía matthías matti mattia mattiana mattias mattie mattina matts matty mattye mattéo
mattíana mattías mattína mattý matunda matus matyas matyáš matéo matías matúš matěj matīss maua maud maude maudie
mauno maura maureen mauri maurice mauricette mauricio maurilio maurin maurine maurits mauritz maurizio mauro maurus
maury maurycy maverick mavie mavis mavuno max maxence maxi maxie maxim maxima maxime maximiano maximilian maximiliano
maximilien maximilián maximillian maximino maximo maximus maxine maxwel maxwell maxx may maya maybell maybelle maye
mayerly maykol mayme maymie maynard maynur mayo mayra maysa mayte maza mazie mazlum maël maëlle maëlys maëva maía
maídís maísól maïté maşide maša maža mbithi mboya mbugua mburu mcarthur mcebisi mckayla mckenna mckenzie mckinley
meabh meadow meagan meaghan mearl mechelle mechthild mechthilde mechtild mecide mecit meda medard medeja media medina
medora medėja meelis meera mees mefarettin mefharet meg megan megane meggan megha meghan meghana meghann mehdi
mehdiqulu mehdiye mehin mehman mehmed mehmet mehmetzahir mehrigul mehrigül mehrimoh meibh meik meike meinhard meinolf
meinrad meja mekhala mekhi mekkin mekkino mekkinó mekkín mel melaha melania melanie melanine melany melba melbourne
melchior melchor melek meleknur melichar melihcan melikkan melina melinda melisa melissa melissia melita melitta
melker melkior melkolmur melkorka melkíor melkólmur mell melle mellie mellisa mellissa melodee melodie melody melonie
melony melrakki melros melrós melton melul melva melville melvin melvina melvine melvyn melwin melánia melûl memili
memphis mena menachem mendy menfeat mengi menguc mengüç menisan menişan mensalder mentor meral merba mercedes mercer
merche mercy mercyline merdi mereana meredith merel meret merete merethe mergim meriem merijn merike merilyn merim
merita merja merkur merkúr merl merle merlene merlin merlyn merna merri merrie merrilee merrill merrily merritt merry
mert mertel mertie merton merva merve mervi mervin mervyn merwin mery meryem meryeme meryl merzuk meshack meshur
messiah messiana messíana mestur mesude mesut meta metehan metha methusalem methúsalem metin metinkaya metka metod
metrine metro metta mette mettie metusalem metúsalem meveddet mevludiye mevlut mevlüdiye mevlüt mey meyer meyhanim
meyransa meyvant mezide meşhur mia miah mias micael micaela micah micayla miceal micha michael michaela michaele
michail michal michala michale michaël micheal micheala michel michela michelangelo michele micheletto michelina
micheline michell michelle michelotto michial michiel michèle mick mickael mickaël mickey mickie micky mie mieke miel
miesha mieszko migdalia migle miglė mignon miguel miguela miguelangel miha mihael mihaela mihai mihail mihajlo mihaly
mihels mihhail mihin mihkel mihnea mihrab mihriye mihály miia miika mijo mik mika mikael mikaela mikaelina mikaelína
mikaere mikaila mikal mikala mikalah mikayla mike mikeal mikel mikelis mikels mikhail mikjall mikjáll mikkael
mikkalina mikkalína mikkel mikko miklos miklós mikulas mikuláš mikyas mila milada milagros milan milana milas milay
milburn milcah milda mildinberg mildred mile milena miles miley milford milica milissa milka milkah milla millaray
millard mille miller millicent millie mills milly millý milo milorad milos miloslav miloslava milota milou milovan
miloš milton miluse miluše milán mima mimi mimir mimmi mimoza mimy mina minda mindaugas mindi mindy minenhle miner
minerva minervia minh minibe minna minney minnie minny minný minodora minor minoru minta mintie mio mioara miodrag mir
mira mirabela miracle miran miranda miray mirbadin mircea mirco mirdza mireia mireille mirela mirella mireya miriah
miriam miriama mirian mirja mirjam mirjami mirjana mirko mirlinda mirna miro miron mirona mironshoh miroslav miroslava
miroslaw miroslawa mirra mirriam mirsad mirta mirte mirtha mirthe mirtie miruna miryam misael mischa mishat mislav
misra missie missouri missy mist misti mistie misty misuli mitali mitch mitchel mitchell mitchelle mitesh mitica
mitică mitra mitrut mitruț mittie mitzi mitzy miya miyesser mizhir miķelis mjalldis mjalldís mjallhvit mjallhvít mjoll
mjollnir mjolnir mjöll mjöllnir mjölnir mkarkara mladen mlungisi mnqobi moa modena modesta modesto modis modris modupe
moe moesha moey mofifoluwa mogens mohamad mohamed mohamedi mohammad mohammed mohamud mohand mohini mohinur mohlaroyim
mohsim moira moises moisés mojca mojisola mojisoluwa mojmir mojmír moli mollie molly momanyi mona monalisa monica
monicah monika monique monis monja monna monnie monroe monserrat mont montana monte montel montgomery montie montrell
montserrat monty moody mora moraa moradeke morayo mordechai moreen morena morenike moreno morgan morgane mori moriah
moric morine morits moritz mork morolake morris morten mortimer morton mose moses moshe mosi mosinmileoluwa mossie
mosunmola motunrayo mouloud mounir mourad moureen mourib mourine moussa moya moyosore mozell mozella mozelle mrihani
mthokozisi muarra mubariz mubetcel mubina mucahit mucellib mucevher muchiri muema mueni muferrih mufide mufit mugambi
mugber mugdha mugendi muggur mugo mugur mugurel muhallil muhamed muhamet muhammad muhammadali muhammadamin
muhammadamir muhammadayub muhammadaziz muhammadrizo muhammadsafo muhammadsodiq muhammadsolih muhammadumar
muhammadyasin muhammadyusuf muhammadziyo muhammed muhammet muharrem muhazzim muhima muhip muhiye muhsina muhyettin
muia muireann muiruri muizza mujde mujur mukbile mukhwana mukramin mukrume muktedir mulayim mulele muli mulwa mulya
mulyanto mulyono mumbi mumo mumpuni mumtaz mumtaze mumtoz munda mundhildur mundina mundína munene munezzer mungai muni
munif muninn munisa munyao munyoki murad murat muratcan murdock muret muriel murielle muriithi murilo murimi murit
murithi muriuki murl murod murphy murray murry mursalina mursinin mursita murti musa musafet musaffa musau musee
musembi musemma musfira mushtariy musila muskunaz muslim muslima muslum mustafa mustafo mustapha mustika mustofa
musure musyoka musyoki mutai muthama muthengi muthoka muthoni muthui mutia mutie mutinda mutiso mutisya mutluhan mutua
mutuku mutunga muturi muvaffak muvahhide muveddet muxlisa muxtar muzaffer muzayyana muzdahir muzdalifa muzekker muzhir
mwamini mwanajuma mwanamisi mwangangi mwangi mwaniki mwanzia mwasaa mwaura mwende mwendwa mwezi mwikali mwiti mya myah
mychal myer mykel myla mylee mylene myles mylie mylène myr myra myranda myriam myrkjartan myrkvi myrl myrle myrna
myron myrra myrta myrtha myrthe myrtice myrtie myrtis myrtle myrun mzamo mábil málhildur mánadís máney máni már mára
márcio mária mário márk márta márton márus mátyás máté máxima máximo märta märtha måns mårten mégane mélanie mélina
mélissa mélodie mía mías mímir mínerva mír míra míranda mítra míó módís móey móna mónica mónika móníka móri móric
mórits móses möhsim mörk múli mübariz mübetcel mücellib mücevher müferrih müfit müjde mükramin mükrüme mülayim mülâyim
mümtaz mümtaze münezzer münif müret mürit müsemma müslum müslüm müveddet müzekker müğber müşkünaz müşüre mýr mýra
mýrkjartan mýrún māra māris mārtiņš mārīte mădălin mădălina mălina mărioara măriuca naadir naail naajy naasih naasir
naathim naazhim nabeeh nabeel nabhan nabigh nabih nabil nabila nacer nachiket nacho nacio nada nadeem nadege nades
nadeschda nadeshda nadezda nadežda nadhir nadia nadim nadin nadine nadir nadja nadr nadège nadía naděžda nae naeem
nael nafasat nafees nafesa nafii nafile nafis nafula naglis nahashon nahiara nahla nahuel naiara naib naide nail naim
naima naimh nair naja najair najam najee najeeb najib najuma najwa naki nakia nakif nakip nakisha nakita naksh nakul
nalan nalar naliaka nallely nalân nam namiq namon nan nana nanci nancie nancy nand nandini nando nandor nanette nanie
nanjala nanna nannette nanni nannie nanny nanný nansy nansý naoimh naoise naom naoma naomh naomi naomy naomí napoleon
napoleone naradi narcis narcisa narciso narcisse narcissus nardi narfi narhanim narimane narji nas nasab naser nash
nashipie nasiba nasim nasir nasiru nasra nasrullah nassim nastja nasuf nat natacha natalee natali natalia natalie
natalija natalio natalja nataly natalya natalía natan natanael nataniel nataníel natasa natascha natasha natasja
natasza nataša natașa nate natella nath nathalia nathalie nathaly nathan nathanael nathanaël nathanial nathaniel
nathari nathasha nathen natiq natividad natosha nattawun nattsol nattulfur natália natálie natālija naud nautica
naveen nawal nayara nayaret nayareth nayeli nayely nayfa nayibe nayil naz nazaret nazario nazende nazi nazim nazimet
nazir nazlihan nazlim nazmi naël naïm naómí ndegwa nderitu ndirangu nduku ndumiso ndunge ndungu nduta nea neal nealie
nealy neasa nebih nebiha nebojsa necati necdat nechifor necilal necmettin necva ned nedas nedda nedjma nedra needham
neel neelima neely neema nefaret nefiye neftali neftalí neha nehemiah nehip neider neil neill neisti neja nejc nejdet
nekesa nel nela nelah nelcy nelda nele nelia nelida nelie nelima nelio nell nella nelle nelli nellie nello nelly nellý
nels nelson nelsy nelu nelya nemanja nena nenad nenna nenni neo neola neoma neppie neptun neptunus neptúnus neptün
nerea nereida neriban nerijus nerim neringa nermin nery nesfe nesip neslinur neslisah nesrin nesrine nessa nestor neta
nete netra netta nettie neva nevada nevaeh neval neveah nevenka nevgin neville nevin nevio nevise nevsal nevsale
newell newman newt newton neyran neza nezengul nezengül nezihi nezize neşrin neža ngaire ngamia nganga ngari ngeni
ngigi ngoc ngozi ngugi ngọc nhien nhiên nhlanhla nia nial niall niamh niara nibaldo nicanor nicat niccolo niccolò
nichakarn nichelle nichifor nichol nichola nicholas nicholaus nichole nicholus nick nicki nicklas nicklaus nickolas
nickson nicky niclas nico nicoara nicoară nicodemo nicodemus nicodim nicol nicola nicolae nicolai nicolaie nicolaj
nicolas nicolasa nicolaus nicole nicoleta nicoletta nicolette nicoline nicolle nicolo nicolás nicolò nicu niculina
niculita niculiță nicusor nicuta nicușor nicuță nidhi nidia nidra niek niels nienke nieves nigar nigel nigesa nigmet
nihad nihai nihal nihan niharika niilo niina nik nika nikanor nikau nikhil niki nikia nikita nikki nikko niklas
niklaus niko nikodem nikol nikola nikolai nikolaj nikolajs nikolaos nikolas nikolaus nikole nikolett nikoletta
nikolina nikora niks niksa nikulas nikulás nikíta nikólína nikša nil nila nilam nilcan nilda nile niles nili nilima
nilo nils nilson nilufar nim nimakoah nimrat nina ninetta nini ninioluwa ninja ninna ninnie nino ninoska ninthe nira
niracha nirgul nirgül nirja nisa nisha nita nitara nitesh nives nixon niyaga niyaz niyazi niyilolawa niğmet njabulo
njagi njala njall njenga njeri njeru njiru njogu njoki njola njoroge njozi njue njuguna njála njáll njóla nkazimulo
nkiruka nnamdi nneka noa noah noam nobantu nobie noble nobuhle noe noel noeleen noelia noeline noella noelle noemi
noemie noemí nohely nohora noi noirin nojus nokkvi nokulunga nola nolan nolberto noleen nolen nolia nolie nollaig noma
nomagugu nomalanga noman nomasonto nomathalente nomathemba nomcebo nomthandazo nomusa nomvula nona nonhlanhla noni
nonie nonjabulo nonni nonso noor noora noortje noppakao nora norah norbert norberto norbey nore noreen norene noreta
noretta nori norica norina norine norita norma norman normand normann normunds norris north norton norval norwood
notburga nothando nott noud nour nout nova novella november novi novruz noxolo nozibusiso nozima nozizwe noé noémi
noémie noël noëlla noëlle noëmi nqobizitha nrima ntimi nuala nubar nubia nudret nugraha nuhu nula numi nuno nunzio
nura nural nuran nuray nurbanu nurcan nurda nurdeniz nuretdin nurettin nurey nurgil nurhayet nuri nuria nuriat nurice
nuriya nuriyet nurkan nurlan nurlana nurmelek nurmuhammad nursan nurseda nurser nursim nurtac nurtaç nurten nuru nurul
nurulla nurullah nurveren nury nurşan nusa nutcha nutkrita nutwadee nuyan nuša nwabudike nya nyaboke nyaga nyah
nyakundi nyamai nyambura nyana nyanchama nyasi nyasia nyawira nybjorg nydia nyla nylah nynke nyoka nyoman nyongesa
nyoni nyota nyree nyuki nzioka nzomo nádia nándor náttsól náttúlfur nélida néstor níels níls nína níní nóa nóam nóel
nói nóni nóra nóri nótt nóvember nökkvi númi núria nübar nüdret nürice nýbjörg oakley oana oba obaid obanijesu obdulia
obe obed obianuju obie obinna ocampo oceane ochieng ocie octa octav octave octavia octavian octaviana octavie octavio
octaviu octavius océane oda odalis odalys odd odda oddbergur oddbjorg oddbjorn oddbjörg oddbjörn oddfreyja oddfreyr
oddgeir oddhildur oddi oddie oddkell oddlaug oddleif oddleifur oddmar oddny oddný oddrun oddrún oddsteinn oddur oddvar
oddveig oddvor oddvör odelia odeline odell odessa odette odhiambo odhran odie odika odile odin odina odis odongo oduor
odus oeshi ofeigur ofelia ofeliya offie oganer ogden oge ogechi oget ogmunda ogmundur ogn ogooluwa ogri ogulbas
ogurata ogus oguzman oguş oisin oiva ojas ojasvi okanay okbay oke okechukwu okello okey okguclu okgüçlü okkas okoth
okseven okta oktavia oktavius oktavía oktavíus okto oktovia oktovius okturemis okturk októ októvía októvíus oktüremiş
okumu okyalaz ola oladare oladimeji olaf olafia olafina olafur olajumoke olakunle olalla olan oland olanrewaju
olansile olar olasunmbo olav olavi olavia olca oldag oldağ oldrich oldřich ole oleg olegario olen olena olene oleta
olevia oley olfert olga olgeir olgerts olgierd oli olie olimpia olimpian olimpiu olin olina olinda oline oliva olive
oliver olivert olivia olivie olivier olivija olivine oliviu olivér oliwer oliwier olle olli ollie olly ollý olnir olof
ololade oloo olov olrun oluchi olufunke olufunmilayo olumorotimi oluoch olus oluwafemi oluwagbemiga oluwakemi
oluwamumibori oluwamuyiwa oluwasanmi oluwasegun oluwole oluş olveig olver olvir olwen olwethu olympia olívia oma omaca
omair omaira omaja oman omar omari omarion omeir omer omi omie omina omisha omkaar omobobola omobolanle omodunni
omolabake omolara omondi omosalewa omotara omotayo omotola omotoun omowumi omran omriye omur omya ona onat oncel
ondieki ondolfur ondrej ondřej oneal oneida onel onesmus oneta oney ongay ongen oni onie onkar onni onnie onofre onsal
onuker onundur onur onurcan onursu onveer onyango onyinye oona oonagh opal opan opha ophelia ophelie ophélie opiyo
opung opwonya oqtay ora orah oral oralia oran orange orazio orbrun orcin orduxan orelia oren orene oreofe orestas
oreste orfelina orfeus orfhlaith orfiye orgun orgün orhan oriana orie orik orilla orin orinder orion oris orjan ork
orka orla orlagh orlaigh orlaith orland orlando orlaugur orlena orley orlin orlo orlygur orma ormar ormhildur ormur
orn orna ornella ornolfur orpha orra orren orri orrie orrin orris orsolya orson ortak ortansa ortrud ortrun ortwin
oruc oruç orval orvar orvel orvil orville orvin orvis orvokki orxan oryurek orçin osa osama osbaldo osborn osborne
oscar osha osie osiyo osk oskar oskari oskars oskár osman osmo osogo osp ossama ossi ossian ossie ossur osten osunleke
osvald osvaldo osvalds osvaldur osvifur oswald oswaldo oswin ota otabek otakar otavio otay otelia otfried otha othel
othmar otho otieno otilia otilija otis otkatla otkell otmar oto otri ott otta ottar ottarr ottavio ottfried otti ottie
ottilia ottilie ottis ottmar otto ottokar ottomar ottone ottó otur otylie otávio otília otýlie otīlija ouanes ouida
ouma oussama outi ova ove over ovid ovidio ovidiu ovila oviya ovun owais owe owen owens owethu owino owuor oxana oxar
oyenike oyindasola oymak oysha ozakan ozalpsan ozana ozansu ozansü ozaslan ozay ozbay ozbilek ozbilge ozcam ozdal
ozdes ozdil ozdogdu ozel ozell ozella ozerdinc ozertem ozge ozger ozgun ozgur ozie ozinal ozioma ozkent ozkutlu ozlem
ozlu ozokcu ozpetek ozsozlu oztek ozturk ozudogru ozy ozyurt ozzie oğulbaş oğurata oğuzman oļģerts oľga paavo pabla
pablo paca pachongruk pacifica paco pacífica pada padma padmi padraic padraig padraigh padraigin page pahal paige
paiman pairlee paisley paityn paivi paivikki pak paker pakjira paksu pal pala paldis paley palhanna palhildur palin
palina pall pallavi palle pallie palma palmar palmer palmey palmi palmira paloma palrun pam pamala pambe pamela
pamelia pamella pamfil panagachie panait panca pancho pandora pandu panfilo pangeran pangestu panini panji pankrac
pankrác pannawich pansy panya paola paoletta paolo par paralee paramita paraschiva pardi paride parin paris park
parker parlee parley parman parmes parrish parsa parth parthenia parvez parís pasa pascal pascale pascaline paschal
pascual pascuala pasi paskalia pasqual pasquale pastor pastora pat patchaploy patcharaporn pate patience patrek
patrekur patric patrica patrice patricia patricie patricija patricio patrick patrik patrisia patrisía patrizia
patrizio patru patryk patrícia patsy pattamon pattapon pattatomporn patti pattie patty pau paul paul-gerhard paul-
heinz paula paule pauletta paulette pauli paulica paulien pauliina paulin paulina pauline paulino paulius paulo pauls
paulína paulīna pauric pavani pavao pavel pavla pavlina pavlína pavol paw pawan pawel paxton paye payten payton paz
paşa peace peadar peader pearce pearl pearla pearle pearlene pearley pearlie pearline pearly pearse peder pedro pedró
peem peer peeter peggie peggy pehlil pekka pekkan pelaji pelayo pelle pellegrino pembesin penelope penina peninah
penni pennie penny pentti pepe pepijn pepita pepito pepper per per-erik per-olof percival percy peren perinur peris
perkasa perla perley perlita permelia permun pernell pernilla pernille pero perri perrine perry pershing pertti
pervaiz pesent peta petar pete peter peter-michael peteris peterson petr petra petrana petras petre petrea petri
petrica petrică petrina petrisor petrișor petrona petronela petronella petronila petros petru petrun petrunella petrus
petrut petruta petruț petruța petrína petrónella petrós petrún petrúnella petter petteri petur peyton phanice phebe
phelim phelix phenphitcha pheobe phil phileine philemon philip philipp philippa philippe philippine philis phillip
phillis philo philomena philomene phineas phoebe phoenix phubes phuc phylicia phylis phyliss phyllis phúc pia piaras
piedad pien pier pierangelo pierce pierette piergiorgio piergiuseppe pierina pierluigi piermaria piero pierpaolo
pierre pierre-yves pierrette piersanti piet pieter pieter-jan pietra pietro piia pijus pilar pili pim pina pink pinkey
pinkie pinkney pintusorn pio piotr piper pippa pirahmet piran piret pirjo pirkko pirmin piroska pitipat pius pjetur
placido pleas pleasant ples plesu pleun pleșu plinio pluma plummer plácido pol polad polina polk pollie polly pollý
polona polonca pompeo pompilia pompiliu pomponio poncio pontus pooja popobawa poppy porfirio pornchanok porsche porsha
porter portia posey poul povilas powell praba prabawa prabowo prabu prakosa prames pranata pranav pranawa praneel
pranit prasetya prasetyo pratt pratyush pravoslav prayitna prayoga prayogo preben precious predrag premysl prentice
prentiss presley press preston pria price pricilla priit prima primitiva primitivo primus prince princess prior prisca
priscah priscila priscilla priscillah prisha priska priya profira prokop prosper prudence prudencia prudencio prudie
pryor pría príor puccio puck puji puk pumbaa punhan puntira puput purcek purificacion purificación purity purl purwa
purwadi purwanto pushti puspa puti putri putu pál pála páldís páley pálhanna pálhildur páll pálmar pálmey pálmi pálrún
pálín pálína pánfilo päivi päivikki pär pål pénélope péter pétrína pétrún pétur pía pío pünhan pürçek pătru pēteris
přemysl qaadir qaasim qabeel qabil qadar qadeer qadi qadim qadir qahtan qaim qais qalib qamar qani qanit qaratel
qareeb qarin qaseem qasid qasif qasim qatadah qawee qay-yoom qays qiana qiyas qori qosqar qoşqar quadir quang qudamah
quddoos qudoos queen queenie quentin quiana quincy quinn quint quinten quinter quintin quinton quinty quique quirino
qulam qulu qumru qurban qusay qushi qutaybah qutb qutub raaghib raagini raahil raakin raamis raamiz raashid raatib
rabah rabar rabb rabbaanee rabbani rabbiye rabea rabecca rabee rabi rabiah rabih rabit racha rachael rachana racheal
rachel rachele rachelle rachid rachida rachit rachita rachèle racquel rada radek radeke raden radha radhee radhika
radi radika radim radit raditya radka radmila rado radomir radomír radoslav radoslava radovan radovana radu raducu
raduz radvile radvilė radúz rae raed raees raegan raekwon rael raelyn raelynn raewyn raf rafa rafael rafaela rafaella
rafan rafay rafaél rafaël rafe rafee rafeek rafeeq raffael raffaela raffaele raffaella raffaellino raffaello rafi
rafia rafid rafih rafila rafiq rafn rafnar rafney rafnhildur rafnkell raghav ragheb raghib ragna ragnar ragnbjorg
ragnbjörg ragner ragney ragnhild ragnhildur raguel ragúel rahab raharja rahat rahayu raheel raheem rahel rahiye rahma
rahman rahmat rahmet rahmi rahn rahsaan rahul raid raiden raihan raija raik raili raimo raimondo raimonds raimund
raimundo raina rainer raisa raissa raivis raivo rajab rajata rajeshri rajko rakeem rakel rakide raksha raleigh ralf
ralf-dieter ralf-peter ralph raluca rama ramadan ramadhan ramazan ramid ramil raminta ramiro ramiz ramon ramona ramsey
ramunas ramune ramunė ramzi ramón ramóna ramūnas ran rana ranbir rance rand randal randalin randall randalín randel
randell randi randle randolf randolph randver randy randý rangga rani rania ranieri ranka rannva rannveig rannver
ransom ranveer raoul raphael raphaela raphaelle raphaël raphaëlle raquan raquel rares rareș ras rasa rashaad rashaan
rashad rashawn rasheed rashid rashida rashidi rasim rasma rasmus rastislav rasul ratchanon ratih ratna raul rauno
raven ravi ravy rawiri ray rayaan rayan rayana rayburn rayen rayfield rayford rayhona rayla raymon raymond raymonde
raymund raymundo rayna raynard rayne rayshawn rayyona rayén razi razvan raúl reagan reanna reason reatha reba rebeca
rebecca rebecka rebeka rebekah rebekka rebihat recep recepali red reda redden redmond reece reed reese reet refet
refik refugio refur regan regena regenia reggie regina reginal reginald reginbaldur reginbjorg reginbjörg regine
reginn regis regitse regitze regula regulo regína regīna rehaan rehema rehime reid reidar reidun reifnir reijo reilly
reimar reimer reimund rein reina reinald reinaldo reinar reine reinel reiner reingard reinhard reinhardt reinhart
reinhild reinhilde reinhold reinis reino rejane reka reksa rella relu remazan rembrandt remedios remi remigio
remington remo remus remy remzi rena renaat renada renae renaldo renan renard renata renate renato renaud rendy rene
renea renee rengul rengül reni renita rennie reno rens renske renzo renáta rené renée reshoni resi respati ressie
restu resulcan reta retha reto retta rettie reuben reubin reva revza rex rexford rexhep rey reyansh reyes reyhan reyn
reyna reynald reynaldo reynar reyndis reyndís reynhildur reynir reynold reynolds reyr reza rezin rezzak rhavi rhea
rheta rhett rhian rhianna rhianne rhiannon rhoda rhona rhonda rhys ria riad rian rianna rica ricarda ricardas ricardo
ricards riccardo ricci ricciotti rice rich richard richardt richelle richie richmond richárd rick rickard rickey ricki
rickie ricky rico rida ridge ridhi ridwan rigmor rigo rigoberto rihanna rihards riikka riina riitta rik rika rikard
rikey rikka rikke rikki riku riley rilla rillie rim rimante rimantė rin rina rinaldo rinda rini rino rinor rio ripley
risa risalet risasi rishi risper risto rita ritchie ritt ritva river riya riyad riza riziki rizki rizvan ričardas
ričards roan roar rob robb robbe robbie robbin robby robert roberta robertas robertina roberto roberts robin robinson
robiya robjorg robley robt roby robyn rocco rochdi rochelle rochus rocio rock rocky rocío rod rodah roddy roderic
roderich roderick rodger rodgers rodica rodney rodolfo rodolphe rodrick rodrigo rodrigue roe roel roeland roena rofn
rogelio roger rogers rogn rognvald rognvaldur rognvar rohaan rohan rohat roise roisin rojnu rojus rok rokas rokkvi
roko roksana roland rolanda rolandas rolande rolando rolands rolant roldan roldán rolf rolf-dieter rolf-peter roll
rolla rolland rollande rollie rollin rollo roma romain romaine roman romana romane romanita romanița romano rome
romello romeo romie romina romolo romona romuald romualdas romulo romulus romy román roméo ron rona ronal ronald
ronaldo ronan ronda rondal roni ronin ronith ronja ronke ronna ronni ronnie ronny rono rony ronya roope roos roosa
roosevelt roque rori rory rorí ros rosa rosa-maria rosabelle rosalba rosalee rosaleen rosalia rosalie rosalina
rosalind rosalinda rosalinde rosaline rosalva rosalyn rosalía rosamel rosamond rosann rosanna rosanne rosant rosar
rosaria rosarie rosario rosaura rosberg rosbjorg rosborg rosco roscoe rose rose-marie roseann roseanna roseanne rosel
roselia roselinde roseline rosella roselyn roselyne rosemarie rosemary rosena rosenberg rosenda rosendo rosetta
rosette rosevelt rosey roshildur rosi rosia rosie rosina rosinberg rosinkar rosinkara rosinkrans rosinkransa rosita
roska roskva rosl roslaug roslin roslind roslinda roslyn rosman rosmann rosmarie rosmary rosmunda rosmundur rosny ross
rossa rossana rossie rostislav roswell roswita roswitha rosy rotich rotraud rotraut rouven rowan rowena rowland roxana
roxane roxann roxanna roxanne roxelana roxie roxy roy roya royal royce roza rozalia rozalija rozanne rozella roziya
rozsa rozália rua ruairi ruari rubani rubar rube ruben rubeyda rubi rubie rubiela rubin ruby rubye rubén rudecindo
rudi rudiger rudite rudolf rudolfo rudolfs rudolph rudra rudy rudīte rueben ruedi ruel ruffin ruffus rufina rufino
rufus ruggero ruggiero rugile rugilė ruhide ruhiu ruhsat ruhshona ruhugul ruhugül rui ruie rukia ruknettin rumaysa
rumeysa run runa runar rundis rune rungo runhildur runi runny runný runolfur runólfur rupert ruperta ruperto ruqayya
ruqiya ruri rurik rusen rush rushil ruslan rusman rusne rusnė russ russel russell rustin rusty rusul rut ruta rute
ruth rutha ruthann ruthanne ruthe rutherford ruthie ruthild rutur ruwaihim ruxanda ruxandra ruy ruza ruzena ruzica
ruža ružena ružica ryan ryann ryder ryker rylan ryland rylee ryleigh ryley rylie rym ryma ryne ryszard ryte rytis rytė
rza rán réginald régine régis régulo réka rémi rémy ríkey rín ríta ríó róbert róberta róbjörg rólant róman rómeó
rómulo rós rósa rósalind rósanna rósant rósar rósberg rósbjörg rósborg róselía rósenberg rósey róshildur rósi
rósinberg rósinkar rósinkara rósinkrans rósinkransa róska róslaug róslind róslinda róslín rósmann rósmary rósmarý
rósmunda rósmundur rósný róza rózsa róża röfn rögn rögnvald rögnvaldur rögnvar rökkvi röskva röya röyal rúbar rúben
rúbý rúdólf rún rúna rúnar rúndís rúnhildur rúrik rúrí rútur rübeyda rüdiger rüknettin rümeysa rüşen răducu răzvan
rūdolfs rūta růžena saabir saad saadat saadiq saafir saahir saaiq saajid saal saalih saalim saanvi saaqib saar saara
saariyah saba sabah sabahat saban sabar sabari sabas sabastian sabatino sabbir sabeeh sabettin sabih sabihe sabil
sabin sabina sabine sabiq sabir sable saboor sabra sabri sabrina sabrína sabur saburah sabína sacha sachi sad sada
sadaka sadan sadao sadaqat sadat saddam sade sadeed sadeti sadia sadie sadik sadiki sadina sadiq sadittin sadiye sadye
safari safet safia safii safina safinaz safir safiri safiya safta safura safír saga sagcan sage sahat sahdiye sahil
sahin sahinbey sahinder sahir sahlar sahmar sahmettin sahnaz sahnuray sahra sai said saida saidi saiful saige saim
saint sair sairah saire saka sakari sakarias sakarías sakina sakip sakir saksham sakti sakura sal salah salami
salbjorg salbjörg saldis saldís saleh salena sali salih salim salima salimah salimet salin salina salka sallie sally
salma salman salmann salmar salny salný salohiddin salome salomea salomey salomon salomé salomón salsabila salud
salurbay salvador salvar salvatore salvi salvor salvör salwa salín salína salóme salómon sam samahat samaksh samama
samandar samanta samantha samar samara samarth samatha samesh sami samiah samie samiha samil samina samir samira
samiya samiyah sammie sammy samo sampson samson samsul samu samual samuel samuele samuli samurtay samuël samwel
samweli samxal samy samúel sanaa sanai sanavber sanaya sancak sancar sancho sanda sandalio sandel sander sanders sandi
sandie sandile sandis sandor sandra sandri sandrine sandro sandu sandur sandy sanela sanford sani sanije sanita saniya
saniyah sanja sanjar sanjuana sanjuanita sanna sanne sanni sannie santa santana sante santeri santia santiago santina
santino santo santos santía sanur sanya sanziana sançar saoirse saood sapa saphira sara sarabi sarafina sarah sarah-
jane sarah-louise sarahi sarai sardor sari sariah sarina sarita sarka sarlota sarmite sarmīte sarrah sarthak sarunas
sarunporn sarvan sarvar sarvinoz sarya sarína sasa sascha sasha saskia saso sathvik satrettin satu saturnina saturnino
satya saul saulius saumu saumya saundra sauti sava savak savana savanah savanna savannah saverio saveta savilla savina
savion savki savni savon sawyer saxi sayan saydam sayin sayrak sazime saïd saúl sağcan saša sašo scarlet scarleth
scarlett scarlette schley schuyler scot scott scottie scotty seaborn seamus sean sean-paul seana seanan seaneen seanna
sebastiaan sebastian sebastiano sebastiao sebastien sebastijan sebastián sebastião sebastjan sebastían sebattin
sebigul sebigül sebla seblâ sebrina secgul secme seda sedat sedife sedrick sefania sefanía sefer sefi sefiye segilola
segismundo segundo seha sehamet sehel sehreban sehza seif seifur seija seimur sejda sekim selah selaheddin selale
selatin selcan selcen selcuk seldon selena selene seler selim selime selin selina seline selja selka selma selmer
selmin selvi selâtin selçuk sem semaj semat semender semenica semine semir semra semrin semsettin semsinisa sena senad
senan sencar sendogan seneca senia seniha senkal senn senna senne sennur senol senora senta senía seona seosamh sep
sepp seppe seppo septi septima septíma sera seracettin serafeddin serafin serafina serafín serah seraina serban serda
seref sereina serena serenity serezli serfinaz serge sergei sergej sergey sergio sergiu sergius serhatmehmet serina
serine serkan serma serman sernur serol serpil servac server servinaz servác sesar seselia seselía sesil sesilia
sesilía sessa sesselia sesselja sesselía sessilia sessilía seth setya sevara sevcan sevdi sevdinar seve sever
severiano severin severina severine severino severo severt severín sevgen sevginur sevican sevil sevim sevinc sevinch
sevindik sevket sevketfeza sevla sevsevil seward seyda seydo seye seyfulla seyfullah seyhan seyithan seymour seymur
seyran seyyide sezal sezen sezginbas sezginbaş seçgül seçme shaban shad shade shadrack shae shafter shahina shahnoza
shahriyor shahzod shahzoda shaina shakila shakira shalon shalonda shamar shameka shamika shamsuddeen shan shana shanae
shanda shandra shane shaneka shanell shanelle shanequa shani shania shanice shaniece shanika shaniqua shanita shaniya
shanna shannan shannen shannon shanon shanta shante shantel shantell shaquan shaquana shaquille shaquita shara shardae
sharday sharde sharee sharen shari sharif sharita sharla sharleen sharlene sharman sharon sharonda sharron sharyl
sharyn shasta shatara shaun shauna shauneen shaunna shaurya shavon shavonne shawana shawanda shawn shawna shawnda
shawnee shawnna shawnte shay shayla shaylee shayna shayne shea sheamus shedrick sheela sheelagh sheena shehu sheila
sheilah sheilla sheillah shekoni shelba shelbi shelbie shelby sheldon shelia shelley shelli shellie shelly shelton
shelva shelvia shelvie shem shemar shena shenna shep shepherd sheree sheri sheridan sherie sherilyn sherita sherlyn
sherman sheron sherree sherri sherrie sherrill sherron sherry sherryl sherwin sherwood sheryl sheryll sheyla shianne
shida shiela shiloh shinead shira shirl shirlee shirleen shirlene shirley shirleyann shirlie shivani shivansh
shohjahon shohrux shoji shon shona shonda shonna shpresa shqipe shravya shreya shukrona shyann shyanne shyheim shyla
sia sian sibbie sibel sibilla sibille sibonelo sibongile sibusisiwe sibusiso sibyl sibylla sibylle sid sidar siddharth
siddie side sidiq sidki sidney sidonia sidónia sie siebe siegbert siegfried sieghard sieglinde siegmar siegmund
siegrid siegried siegrun siegward siem sien siena sienna sierra sif sifa sifuna sigbergur sigbert sigbjartur sigbjorn
sigbjörn sigdis sigdor sigdora sigdís sigdór sigdóra sigfastur sigfinnur sigfrid sigfrido sigfried sigfus sigfús sigga
sigge siggeir sighvatur sigismund sigita sigjon sigjón siglaugur siglinde sigmann sigmar sigmund sigmunda sigmundur
signa signar signe signhildur signy signý sigri sigrid sigrikur sigrun sigríkur sigrún sigsteinn sigtryggur sigtyr
sigtýr sigur sigurast sigurasta sigurbaldur sigurbara sigurberg sigurbergur sigurbirna sigurbjarni sigurbjartur
sigurbjorg sigurbjorn sigurbjort sigurbjörg sigurbjörn sigurbjört sigurborg sigurbrandur sigurbára sigurd sigurdis
sigurdor sigurdora sigurdrif sigurdrifa sigurdríf sigurdrífa sigurdís sigurdór sigurdóra sigurey sigurfinna
sigurfinnur sigurgeir sigurgeira sigurgestur sigurgisli sigurgrimur sigurgrímur sigurgísli sigurhanna sigurhans
sigurhelga sigurhildur sigurhjortur sigurhjörtur sigurjon sigurjona sigurjón sigurjóna sigurkarl sigurlas sigurlaug
sigurlaugur sigurleif sigurleifur sigurlilja sigurlin sigurlina sigurlinn sigurlinni sigurlás sigurlín sigurlína
sigurmann sigurmar sigurmon sigurmunda sigurmundur sigurnanna sigurnyas sigurnyjas sigurnýas sigurnýjas siguroddur
siguroli sigurosk sigurpall sigurpáll sigurros sigurrós sigursteina sigursteinn sigursveinn sigurunn sigurvaldi
sigurveig sigurvin sigurvina sigurást sigurásta siguróli sigurósk sigvaldi sigvard sigyn sihawukele siim siiri sijuade
siku sil sila silan silanur silas sile silfa silfrun silfrún silfá silja silje silka silke silla sille silli silondile
silva silvan silvana silvano silver silvester silvestre silvestro silvia silvian silviana silvie silvija silvio silviu
silvo silvía sim sima simao simas simber sime simen simeon simi similoluwa simina simion simisola simiyu simmie simo
simon simona simonas simone simonetta simonia simonne simphiwe simphiweyinkosi simpson simten simão simón sina sinaida
sinan sinasi sincere sinda sindre sindri sindy sine sinead sing sini sinica sinică sinikka sinisa siniša sintija
siobain sioban siobhain siobhan siofra sione siper siphesihle sirac sirap siri sirin sirivan sirje sirkka sirnir siro
sirpa sirra sirry sirrý sirus sirzad sisi siska sisko sissel sister sita sithembiso siti sitiwat sittik sittikorn siv
sivar sivert sixten sixto siya siyabonga sjafnar sjoerd sjofn sjöfn skafti skaidrite skaidrīte skapti skefill skeggi
skender skip skirnir skjoldur skjöldur skolastika skorri skugga skuggi skula skuld skuli skulina skuta sky skye skyla
skylar skyler skírnir skúla skúli skúlína skúta slade sladjana slamet slava slavena slavica slavisa slavka slavko
slavomir slavomira slavomír slavomíra slavěna slawomir sloane slobodan sláva slávka smaranda smari smilte smiltė smith
smyrill smári sneha sneider snezana snjaka snjezana snježana snjoki snjolaug snjolaugur snjolfur snjáka snjóki
snjólaug snjólaugur snjólfur snorra snorri snot snót socorro soffanias soffanías soffia soffía sofi sofia sofiane
sofie sofija sofonias sofus sofía sohret sokmen sokrates sol sola solange solberg solbergur solbjartur solbjorg
solbjorn solbjort solborg solbra solbrun soldis soldogg sole soledad soleh solene soley solhildur soliha solimann
solin soline solkatla sollilja solma solmar solmaz solmundur solny soloman solomon solon solros solrun solva solvar
solveig solvej solver solvey solvi solvin solvina solvita solvor solène somadina somer sommer somtochukwu son sona
sonad sonata sondra sondre songul songurkan songül sonia sonja sonji sonke sonnur sonny sonný sonya sophanias
sophanías sophia sophie sophie-louise sophie-marie sophronia sophus sophy soraia sorana sorawut soraya sorcha soren
sorin sorina sorli sosimo souad soufiane souma soumia sowande soydaner soykan soykut soyler soyselcuk soyselçuk sozer
soňa spartakus spela spencer spenser speranta speranța sphiwe spoi spring spurgeon spói squire srecko srečko stacey
staci stacia stacie stacy staffan stafford stan stana stanca stancu stanford stanislaus stanislav stanislava
stanislavs stanislaw stanka stanko stanley stanton stapi star starla starling starr starri stasia stavros staņislavs
steen stef stefaan stefan stefana stefani stefania stefanie stefanija stefanny stefano stefanía steffen steffi stefica
stefka stefnir stefán stefánný stein steina steinar steinarr steinberg steinbergur steinbjorg steinbjorn steinbjörg
steinbjörn steinborg steindis steindor steindora steindís steindór steindóra steiney steinfinnur steingrimur
steingrímur steinhildur steini steinkell steinlaug steinmann steinmar steinn steinolfur steinros steinrun steinrós
steinrún steinunn steinvor steinvör steinólfur stela stelian steliana stella stellah stellan steluta steluța sten
stepan stepanka stephaine stephan stephane stephani stephania stephanie stephany stephen stephene stephenie stephon
sterling sterre stetson stevan steve steven stevie steward stewart stian stien stig stigrun stigur stijn stilla stina
stine stirnir stiven stjarna stjepan stojan stone stonewall stoney storm stormur stormy storolfur stuart sture sturla
sturlaugur sturri styr styrbjorn styrbjörn styrkar styrkár styrmir styrr stéphan stéphane stéphanie stígrún stígur
stína stórólfur suat suayp subhan subomi subutiye sucaettin suci sudi sudie sudiksha sue suellen sugra suha suhani
suheyda sukri sukru sukufe sukur sula suleiman suleyla suleyman sulhi sullivan sultane sumarlina sumarlína sumarros
sumarrós sumayya sumerya sumeyye summer sumner sunay sunday sune sunel suner sungara sunna sunnefa sunneva sunniva
sunny sunníva sunshine supasit supasita suphi surya susam susan susana susanita susann susanna susannah susanne suse
susen susi susie sussanne sussie suus suvakit suvari suvi suwijuk suzan suzana suzann suzanna suzanne suze suzer
suzette suzie suzy suğra svafa svafar svafnir svala svali svalrun svalrún svan svana svanberg svanbergur svanbjorg
svanbjorn svanbjort svanbjörg svanbjörn svanbjört svanborg svandis svandís svaney svangeir svanhildur svanholm
svanhvit svanhvít svanhólm svani svanlaug svanlaugur svanmundur svanros svanrós svante svanur svatopluk svatoslav
svava svavar svea svein sveina sveinar sveinberg sveinbjartur sveinbjorg sveinbjorn sveinbjörg sveinbjörn sveinborg
sveindis sveindís sveiney sveinhildur sveinjon sveinjón sveinlaug sveinlaugur sveinmar sveinn sveinros sveinrun
sveinrós sveinrún sveinsina sveinsína sveinungi sveinveig sven sven-erik sven-olof svend svenja svenning sverre
sverrir svetlana svetozar svetozár svolnir sváfnir svätopluk svölnir světlana swala swaleh swantje swen swetlana
syahrini sybil sybilla sybille syble sydell sydnee sydney sydni sydnie syed sylas sylgja sylivia sylke sylva sylvain
sylvaine sylvan sylvana sylvania sylvanus sylvere sylvester sylvia sylviane sylvianne sylvie sylvio sylvère sylvía
sylwia symone syreeta syrus sys szabolcs szilard szilveszter szilvia szilárd szymon sándor sára sânziana sébastien
sérgio séverin séverine sía sílvia símon símonía sírnir sírus sísí síta sívar sófus sófónías sókrates sól sóla sólberg
sólbergur sólbjartur sólbjörg sólbjörn sólbjört sólborg sólbrá sólbrún sóldís sóldögg sóley sólhildur sólimann
sólkatla sóllilja sólmar sólmundur sólný sólon sólrós sólrún sólveig sólver sólvin sólvör sólín sónata sónia sökmen
sölmundur sölva sölvar sölvey sölvi sölvína sönke sören sörli söyler sözer súla súsan súsanna sübhan sücaettin süha
süheyda sükrü süleyla süleyman sümerya sümeyye süner süsen süvari süzer sýrus taahaa taahir taaj taalib taamir taanish
taariq tab taban tabassum tabatha tabea tabetha tabish tabita tabitha taciddin tacnur tad tadas tade tadeas tadeen
tadej tadeja tadeo tadeusz tadeáš tadhg tafazal taft tagangul tagangül tage taha tahaw-wur tahawwur taheem tahir tahj
tahmaseb tahmeed tahmid tahoor tahseen tai taial taimur taina taine taisir taisto taj taja tajammal tajammul tajudinn
tajus takatifu takisha tal tala talal talan talat talayer talen talha talhah tali talia talib talibe taliyah tallie
talmadge talmage talon talía tama tamala tamam tamanna tamar tamara tamas tamasa tamatha tamati tamaşa tambika tambra
tameka tamekia tamela tamera tami tamia tamica tamie tamika tamiko tamilla tamisha tammi tammie tammy tamra tamu tamya
tamás tan tana tanak tanay tanbay tandogdu tandoğdu tandri tandy tane taneli tanesha tangaroa tangela tangul tanguy
tangül tanhan tania tanika tanimu tanish tanisha taniya taniyah tanja tanmayi tanner tanses tansev tantri tanveer
tanvi tanya tanyolac tanyolaç tanyu tanía tapani tapio tara tarah taraji tarak tarfaan tarfur tari tarik tariq tariyel
tarja tarmo tarsha taru taryn tarzicius tarzícius tasar tasdik tasha tashina tasia taskan tasnim tassilo tasvir taswir
tate tatia tatiana tatianna tatjana tatsuo tatu tatum tatyana tatyanna taufan taufik tauno taurean taurus tautvydas
tavares tavaris tavian tavion tavon tawana tawanda tawanna tawkeel tawny tawnya taya taygan tayla taylak tayler taylor
tayshaun tayyibe tayyip taçnur taşar taşkan tea teagan teber tecimer tecla ted teddie teddy tedi teea teela teemu
teena teerth teetat tegan teguh teija teitny teitný teitur teja tejas tejs tekbay tekecan tekiner tekla teknaz teksoy
telemaco telim tella tellervo telly telma telman telmo telse temidayo temime temir temirhan temistocle temizkal tempie
temucin temuçin tena tenika tenis tenisha tennessee tennie tennille tenvir tenzin teo teobaldo teodor teodora teodoro
teodors teodosia teodosio teofil teofila teofilo teohari teona tera terance tercan tere terell terence teresa terese
teresia teresiah teresita teressa teresía terez tereza terezia terezija terhi teri terina terje terlan tero terra
terrance terrell terrence terri terrie terrill terry terttu teréz terézia tess tessa tessie teun teuta teuvo tevin
tevs tex texanna texas texie teybet teymur teymuraz teymurcin teymurçin tezcan tezol teófila teófilo thabani thabisa
thabisile thabiti thad thaddaus thaddeus thaddäus thalente thales thalia thanatcha thandazile thandeka thandiwe thando
thanh thao thea theadore theda thedore thekla thelma thembeka thembekile thembile thembisile theo theobald theodis
theodocia theodoor theodor theodora theodore theodoro theodoros theodosia theodór theodóra theola theophil theophile
theres theresa therese theresia therman theron therése theta theódór theódóra thi thiago thiare thibaud thibault
thibaut thibo thierry thies thijmen thijn thijs thilo thinhinane thom thomas thomasina thompson thomás thor thora
thoralf thorben thorberg thore thornton thorsten thorwald thos thresa thuo thure thurlow thurman thursa thurston
thuthukile thyra thành théa théo théodore théophile thérèse thór thảo tia tiago tiana tianna tiara tiare tiarna
tiarnan tiarra tibe tiberia tiberiu tibo tibor tibra tiburcio ticen tichomir tichomír tiegan tiera tiernan tierra ties
tiesha tiffani tiffanie tiffany tigin tiia tiina tiit tiiu tijl tijmen tijn tijs til tilda tilde tilden tilen till
tilla tillie tillman tillmann tilly tilman tilmann tilo tim timbul timea timeo timi timm timmie timmothy timmy timo
timon timotei timotej timoteo timoteus timothee timothy timothée timur timurtas timurtaş timéo tina tinca tincuta
tincuța tindar tindra tindri tindur tine tineke tiney tinie tinna tinne tinni tinnie tino tiny tira tirdad tirsa tirta
tirtayasa tirza tisa tisha tishie tishk tistran titas titi titilayo titin tito titus tivadar tiziana tiziano tiğin
tjaldur tjasa tjaša tjorfi tjorvi tjörfi tjörvi tobe tobi tobias tobiasz tobie tobin tobiáš toby tobías toccara tod
todd todda todor todsawun tofiq togan togrul toi toivo toka toker toki tokoz toktug toktuğ tokunbo toköz tola tolbert
tolli tollie tolonbay tolulope toluwanimi tom toma tomas tomasa tomasz tomaz tomaž tome tomeka tomi tomie tomika
tomislav tommaso tommi tommie tommy tomo tomori tomris toms tomurcuk tomàs tomás tomáš tomé tonda tone toney tonguc
tonguç toni tonia tonicha tonino tonja tonje tonni tonny tono tonu tony tonya toomas toon topias topuz tor tora toralf
torben torbjorg torbjorn torbjörg torbjörn tord tore torel torey torfey torfhildur torfi torgny torhan tori toriano
toribio torie torill torquato torrance torrence torrey torrie torry torsten tory tosha toshiko toshio tota tova tove
tovuz towanda toy toya toño toğan toğrul trace tracee tracey traci tracie tracy trae traian transito traude traudel
traudl traugott trausti traute travis travon trayvon tre treacy treasa treasure treena tremaine tremayne trena trent
trenten trenton tresa tressa tressie treva trever trevin trevion trevon trevor trey treyton treyvon tri tricia triin
trilby trina trine trini trinidad trinity triona tripp tripti trish trisha trista tristan tristana tristen tristian
tristin triston tristán triveni triya troels trond trong trostan troy tru trude trudel trudi trudie trudy true trula
trumaine truman trumann trung tryggva tryggvi tryggvina tryggvína trystan tránsito trú trúmann trīne trọng tsuma tuan
tuana tucker tudor tudora tudorita tudorița tudosia tuere tufani tugcan tugce tugiman tugrulhan tugtas tui tuija
tukelalp tukufu tula tulay tule tulia tulin tulio tullio tulun tumas tumer tumi tumkurt tunahan tunar tuncboga
tunchanok tunde tung tunguc tunguç tunradee tunçboğa tuomas tuomo turabi tural turan turcan turcein ture turgut turid
turkalp turkan turkmen turknur turlough turner turvi turxan tutkucan tutkun tutu tuukka tuula tuuli tuulia tuulikki
tuur tuva tuyug tuyuğ tuzeer tuzenur tuğcan tuğrulhan tuğtaş tuğçe twan twila twyla tycho tye tyesha tygo tyla tyler
tylor tymon tymoteusz tyquan tyr tyra tyree tyreek tyreese tyrek tyreke tyrel tyrell tyrese tyrfingur tyrik tyrin
tyriq tyrique tyron tyrone tyrus tyshawn tyson tânia téo tía tíbrá tímea tími tímon tímoteus tímóteus tína tístran
tóbías tóbý tói tóka tóki tómas tór tóta tõnu törel tùng tükelalp tülay tülin tümer tümkurt tünde türabi türcan
türkalp türkan türkmen türknur tüzeer tüzenur týr týra ubaadah ubadah ubaid ubaidah ubaldo ubay ubayd ubaydullah ubbi
uberlinda uberto ubeydullah ubika ucan ucbeyi ucchal ucgul uche uchenna uchita uda udant udarsh uddi udeera udo udyati
ueli uffe ufukay ugan uge uggi ugla ugne ugnė ugo ugolino ugur ugurkan ugurtan uhban ujamaa ujunwa ula ulakbey uldis
ulduz ulf ulfa ulfar ulfat ulfdis ulfet ulfey ulfgeir ulfhildur ulfkell ulfljotur ulfrun ulftyr ulfur uli ulises ulke
ulkudes ulkum ulla ulla-britt ulle ullrich ulrica ulrich ulrik ulrika ulrike ultan ulu uludag uludağ ulugbey uluman
ulutay uluğbey ulva ulvi ulya ulysses uma umaarah umair umande umang umar umay umaya umberto umi umid ummahan ummahani
umman ummet ummuhan umoja umray umusan umut umutcan umuşan una unal undina undine undína unek unggul uni unique unjani
unknown unlen unna unnamed unnar unnati unnbjorg unnbjorn unnbjörg unnbjörn unndis unndor unndís unndór unni unnsteinn
unnur uno unsever unubol uolevi upadhriti upasna upik upkaar upma ura uraltay urania uranus urbain urban urbano urfan
urfettin urhan uriah uriel urijah urishilla urmas urmi uros uroš urper urrab urs ursa ursel ursina urska ursula
urszula urte urvashi urvi urša urška uršuľa usame uschi ushan ushindi usiku usman usmon ustun usyi uta utama ute
utkarsh utkucan utz uwe uxi uyanser uygun uzbay uzer uzeyir uzima uzsoy uçan uçbeyi uğan uğur uğurkan uğurtan vacibe
vaclav vada vadim vafir vagn vagna vagnbjorg vagnbjörg vahar vahid vahittin vaida vaidas vaino vaishnavi vajen vajèn
vaka vakare vakarė vakris vakur val vala valarie valary valberg valbergur valbjorg valbjork valbjorn valbjort valbjörg
valbjörk valbjörn valbjört valborg valbrandur valda valdemar valdi valdimar valdis valdor valdís valdór valeh valencia
valentijn valentim valentin valentina valentine valentino valentinus valentín valentína valentínus valentīna valer
valere valeri valeria valerie valerij valerija valerio valeriu valero valery valería valeska valey valgeir valhildur
vali valiant valid valija valinda valka vallary vallie vally vallý valmar valmundur valny valný valon valorie valros
valrun valrós valrún valsteinn valter valtteri valtyr valtýr valur valva valves valy valère valèria valér valéria
valérie valéry valíant valý vamakshi van vance vanda vander vanesa vanessa vania vanja vannie vansha vanya vapni var
vara varenya varmar varsha varvara vasana vasare vasarė vasatika vasco vashon vashti vasif vasil vasile vasilica
vasilică vassie vassilios vasudha vasyl vatnar vaughan vaughn vavrinec vaysal vazeh vebjorg vebjorn vecide veda vedant
vedat vedhika vedika vedis vedran veer veera veerle veeti vefia vega vegard vegeir veig veiga veigar veigur veijo
veikko veis veit vejune vekell vela velaug velaugur velda veli velia velitdin vella vello velma velta velva velvet
vemundur vena venancio venceslas venceslás vendela vendelin vendelín vendula venera veneranda venessa veniamin venice
venie venita venla vennie venus veny veola ver vera verda verde verdell verdie vere verena vergie vergil verim verl
verla verle verlene verlie verlin verlon verlyn vermundur vern verna vernal verne vernell vernelle verner verneri
vernetta vernia vernice vernie vernita vernon vero verona veronica veronicah veronika veronique versa versie vertie
verónica verónika veróníka vesa vesna vessie vesta vestar vesteinn vester vestmar veta vetrarros vetrarrós veva vezat
vezrife vibeka vibekka vic vicenta vicente vicentia vicentiu vicenția vicențiu vicie vick vickey vicki vickie vicky
victoire victor victoria victoriano victorine victorino victory victoría victória vicy vid vida vidadi vidal vidar
vide vidhi viera vieroslava viesturs vif vifill vigdis vigdogg vigdís vigfus vigfús viggo viggunnur viggó vigilija
viglundur vigmar vigmundur vignir vigny vigný vigo vigri vigsteinn vigtyr vigtýr vigur vihaan viivi vija vikar viking
vikingur vikki viktor viktoria viktorie viktorija viktors viktoría viktória vilberg vilbergur vilbert vilbjorn
vilbjörn vilbogi vilborg vilbrandur vildane vilde vildis vildís vilem vilgeir vilgot vilhelm vilhelmiina vilhelmina
vilhelmína vilhjalmur vilhjálmur vilho vili viliam vilis vilius viljami viljar viljem vilji viljo villa villads ville
villi villimey vilma vilmar vilmer vilmos vilmundur vilnis vilny vilný vilte viltė vilums vilém viman vina vinaya
vinbjorg vinbjörg vince vincenc vincent vincentio vincentiu vincenza vincenzo vincențiu vinciane vineta viney vinicio
vinicius vinie vinjar vinko vinnie vinny vinný vino vinsen vinson vinsy vinsý vinton vinzenz vinícius viola violet
violeta violetta violette viorel viorela viorica vira virag viraj virdie virge virgel virgia virgie virgil virgilio
virgill virginia virginie virginía virgle viridiana virman virpi virág visa visar visarion visitacion visitación
visvaldis vit vita vitali vitalija vitalis vitazoslav vitezslav vito vitor vitoria vittoria vittorio vitus vitória
viva vivaan viveka vivi vivian viviana viviane vivianne vivien vivienne viļums vjekoslav vjollca vlad vladelina
vladimir vladimira vladimír vladimíra vladislav vladislavs vlado vlaicu vlasta vlastimil vlora vlădelina voggur
voichita voichița voicu vojtech vojtěch voldemars voldemārs volkan volker volkhard volkmar vollie volney volundur von
vonda vonetta voney vonnie vopni vordis vordís vorm vottur vratislav vratko vreneli vrinda vrishti vritti vuokko vuqar
vurgun vurğun vusal vusumuzi vyanjana vytautas vyte vytė václav váli vápni vár vâlâ vân väinö vébjörg vébjörn védís
végeir vékell vélaug vélaugur vémundur véný véronique vésteinn víbekka víctor víf vífill vígdögg víggunnur víglundur
vígmar vígmundur vígsteinn víkingur vísa vít vítor vítězslav víóla víóletta víťazoslav vöggur völundur vöttur vüqar
vüsal vėjūnė věra waahid waail waajid waceera wachira wade wadee wadi wadood wafa wafae wafeeq wafi wafiq wafula wage
wahab wahb wahban waheed wahhaab wahhaaj wahyu waida waimarie wainaina waino wairimu wakeeta wakiman walburga waldemar
waldo waldtraut walentina walfried walid walker wallace walli wally walt walter walther walton waltraud waltraut
waltrud waluyo wamalwa wambua wambugu wambui wamwema wanda waneta wangari wangila wangui wani wanita wanja wanjala
wanjiku wanjiru wanjohi wannes wanyama wanyonyi ward warda wardaya wardell wardi warhi waridi warinder warjas warji
warner warre warren warsa warsita warta warwick waseme wash washington wasin wasis wassaya wassim watika watson watt
wava waverly wawan waweru wayde wayland waylon wayman waymon wayne wazir weaver webb webster weddy weena wekesa weldon
wellington wells welton wenceslao wenche wencke wende wendel wendelin wendell wendi wendolin wendy wenke wenzel wera
werner wes wesley wesonga wess wessel west westin westley weston wheeler whit whitley whitney wibke widisha widya
wiebke wieland wieslaw wigbert wikitoria wiktor wilber wilbert wilbur wilburn wilda wilder wiley wilford wilfred
wilfredo wilfrid wilfrido wilfried wilfriede wilhelm wilhelmina wilhelmine wilhelmus wiliam wilkie will willa willaim
willam willard wille willem willene willfried willi willia william williams willian williard willibald willibert
willie williemae willis willodean willow willum willy wilma wilman wilmar wilmer wilson wilton wiltrud wim winda
windell windy winfield winford winfred winfried wing winifred winni winnie winnifred winny winona winston winter
winthrop winton wira wirda wiremu wirt wishi wisnu witold wladimir wojciech woldemar wolf wolf-dieter wolf-dietrich
wolf-rudiger wolf-rüdiger wolfgang wolfhard wolfram wong wood woodie woodroe woodrow woodson woody worley worth wout
wouter wriddhish wridesh wright wulan wulf wuraola wyatt wycliff wycliffe wylie wyman wynona wálter xalak xalid xaliq
xamis xanana xander xankisi xankişi xanlar xaver xavi xavier xena xenia ximena xiomara xiti xobeen xolid xosrov xuan
xudaverdi xudayar xudu xumar xuân xzavier xénia yaa yaakov yaaseen yachana yacine yada yadavi yadid yadiel yadigar
yadira yael yafi yafir yaghnam yagnesh yago yahaira yahia yahir yahsi yahsikan yahvi yahya yahyaa yahyo yahşi yahşikan
yair yaiza yajaira yakobo yalazabay yaman yamar yameen yamid yamile yamilet yamilex yamin yamini yan yana yanara yance
yancy yandel yanet yaneth yani yanick yanik yanina yanira yanis yanisa yann yannic yannick yannik yannis yaqeen yaqoot
yaqub yar yara yareli yaretzi yaritza yasaar yasan yasar yasattin yaseen yasemen yasemin yash yashasvi yashawini
yashem yashica yashoda yashodhara yashvi yasin yasina yasinta yasir yasmeen yasmin yasmina yasmine yasmín yasna yasser
yassin yassine yasti yatan yathrib yatin yauvani yavuz yaw yawar yawer yayak yazan yazeed yazganalp yazgul yazgül
yazmin yazmín yaşar yaşattin yda yecid yee yeferson yehuda yeimy yeison yejide yekbun yekda yelesen yen yeneral yeni
yenifer yenny yeny yepelek yeraz yergha yerko yerson yertan yesenia yesica yesid yesil yesoob yessenia yessi yessica
yetisal yetişal yetta yetunde yewande yeşil yfke yigit yilmaz yina yineth yinthe yja ylenia ylfa ylfur ylja ylur ylva
ylvi ylvie yma ymir yngvar yngve yngvi ynja yoan yoann yocelyn yochana yoel yoga yohan yohana yohane yolal yolanda
yolande yolima yolonda yonatan yonathan yonetmen yono yordan york yoruc yoruç yosef yoselin yoshiko yoshio yoshita
yosma youba youcef younes young youri yousef yousra youssef yrar yrja yrjo yrjö yrkill yrr yrsa ysaline yucel yucelen
yudy yug yuli yulia yuliana yulieth yulisa yulissa yuly yumun yuni yunis yunita yunt yunus yurani yurany yurdanur
yurdaser yureed yurem yuri yuridia yurtguven yurtgüven yurtseven yurttas yurttaş yury yusif yussuf yusuf yutika yuvraj
yvan yves yvette yvon yvonne yésica yéssica yönetmen yücel yücelen yümun yến zaafir zaahid zaahir zaakir zabir zablon
zac zacarias zacarías zach zacharia zachariah zacharias zacharie zachary zachery zack zackariya zackary zackery zada
zadie zaeem zaenab zafar zafeer zafir zafrul zahaar zaharia zaheer zahfer zahi zahid zahir zahnya zahra zahri zahro
zahrun zahur zaib zaid zaida zaiden zain zainab zainabu zaira zaire zaitra zaituni zak zakaria zakarias zakariyo
zakary zakaría zakarías zakayo zakhele zakir zakiyaxon zalan zaliha zalindra zalán zaman zamfir zamfira zamin zamiq
zamir zamira zan zana zander zandra zane zaneta zanis zaniyah zansi zara zarar zaraza zaria zariah zarina zarna zashil
zauqi zaur zavier zavion zaweel zayan zayd zayden zaynab zayne zayyan zayyir zbigniew zbynek zbyněk zdenek zdenka
zdenko zdeněk zdeňka zdislava zdravko zeb zebirce zebulon zechariah zed zeferino zehaan zehnia zehra zehranur zejna
zekayi zeke zeki zela zelaya zelda zelha zelia zelie zeljka zeljko zella zelma zelmira zelpha zemfira zemyna zemzem
zena zenas zende zenia zennun zeno zenobia zenon zenovia zenta zenzele zenzile zerafet zerdad zeride zeta zetta zettie
zevlude zevlüde zewad zeynal zeynelabidin zeynep zeyno zeynulla zhane ziba zibuyile ziedonis ziga ziggy zigmund
zigrida zigrīda zihni zikmund zilfa zillah zilmil zilpah zilpha zimran zina zinal zineb zinhle zinnura zinnure zion
zipporah zita ziva zivile ziya ziyaettin zizi zlatica zlatko zoa zoe zoey zofia zofie zofija zohrehan zoie zoila zoja
zola zollie zoltan zoltán zona zophanias zophanías zophonias zophonías zora zoraida zoral zoran zorica zorka zoé zoë
zsanett zsigmond zsofia zsolt zsombor zsuzsanna zsófia zuba zubayr zubeyde zufer zuheyla zuhri zula zulaikha zulbiye
zulema zuleyxa zulfa zulfuye zulgarni zulma zumaridi zumre zumrud zunilda zuwayhir zuwena zuzana zvonka zvonko zwatie
zygimantas zélie zóphanías zóphonías zöhrehan züfer züheyla zülbiye züleyxa zülfüye zülgarni zümre zümrüd ábel ádám
áfrica ágata ágatha ágnes águeda ágúst ágústa ágústína áki ákos álex álfar álfdís álfey álfgeir álfgrímur álfhildur
álfrós álfrún álfsól álfur álvaro ámbar ámundi ángel ángela ángeles ánh árbjartur árbjörg árbjörn árbjört árdís árelía
árelíus árgeir árgils árlaug ármann ármey árna árndís árney árni árnína árný áron árpád ársól árveig árvök áróra árún
ása ásberg ásbergur ásbjörg ásbjörn ásborg ásdís ásgautur ásgeir ásgils ásgrímur áshildur ási áskatla áskell ásla
áslaug áslaugur ásleif áslákur ásmar ásmundur ásný ásrós ásrún ást ásta ástbjörg ástbjörn ástbjört ástdís ástgeir
ásthildur ástmar ástmundur ástríkur ástrós ástrún ástvald ástvaldur ástvar ástveig ástvin ásvaldur ásvör ásólfur áurea
âdem âlemşah ângela ângelo änne åge åke åsa åse çakar çamok çapkan çavuldur çağa çağdan çağlar çağveren çelem çelikkan
çelikyürek çerçi çetinsu çeviköz çevregül çilga çimnaz çinerk çingiz çisem çokan çolpan çopur çoğay èric édgar édith
édouard élisabeth élise élodie éléonore émile émilie éric érica étienne éva ëakumbu ían ída ígor íma ími ína íngrid
íren írena íris írunn ísabel ísabella ísadóra ísafold ísak ísalind ísar ísarr ísbjörg ísbjörn ísdís íseldur ísey
ísfold ísgeir íshildur ísidór ísis íslaug ísleif ísleifur ísmael ísmar ísmey ísold ísrael ísrún íssól ísveig ísól
ísólfur ítalo íunn íva ívan ívar íñigo óda ófeigur ófelía óla ólafur ólafía ólafína ólavía óli óliver ólivía ólína
ólíver ólöf ómar ómi ósa óscar ósk óskar ósvald ósvaldur ósvífur ótta óttar óttarr öge ögmunda ögmundur ögn ögri ökkaş
öktürk ölnir ölrún ölveig ölver ölvir ömer ömriye ömür öncel öndólfur önel öngen önsal önundur örbrún örfiye örik
örjan örk örlaugur örlygur örn örnólfur örvar öryürek ösp össur östen över övün öxar özakan özalpsan özaslan özay
özbay özbilek özbilge özdal özdeş özdil özdoğdu özel özerdinç özertem özge özger özgün özgür özinal özkent özkutlu
özlem özlü özokçu özpetek özsözlü öztek öztürk özyurt özçam özüdoğru öğet úddi úlfa úlfar úlfdís úlfey úlfgeir
úlfhildur úlfkell úlfljótur úlfrún úlftýr úlfur úlla úlrik úna úndína úranus úranía úrsula úrsúla übeydullah üge ülfet
ülke ülküdeş ülküm ülle ülvi ümid ümmahan ümmet ümmühan ümray ünal ünek ünlen ünsever ünübol ürfettin ürper üsame
üstün üzer üzeyir üçgül ýja ýma ýmir ýrar ýrr ādams ādolfs ārija ąžuolas ērika ēriks ēvalds ğanim ģederts ģirts ľubica
ľubomír ľubomíra ľubor ľuboslav ľuboslava ľuboš ľudmila ľudomil ľudomila ľudovít şaban şabettin şafii şahat şahdiye
şahinbey şahinder şahlar şahmar şahmettin şahnaz şahnuray şakir şali şamiha şamil şamxal şavki şayan şazime şefi
şefiye şehamet şehreban şehza şekim şelâle şemsettin şemsinisa şendoğan şenkal şennur şerafeddin şeref şerman şevket
şevketfeza şeyda şide şilan şinasi şirin şirivan şirzad şuayp şöhret şükri şüküfe şükür šarlota šarūnas šime šimon
špela štefan štefanija štefica štefka štefánia štěpán štěpánka šárka žan žaneta žanis željka željko želmíra žemyna
žiga žigmund živa živilė žofia žofie žygimantas șerban ștefan ștefana ștefania
""".split())

SURNAMES = frozenset("""
aaaqil aabid aadam aadil aalam aamil aamir aamirah aarif aariz aasif aasim aatiq aazim abaan abate abba abbas abbott
abdalla abdallah abdi abdirahman abdullah abdullahi abed abel abid abraham abril abubakar achieng acosta adam adams
adan adda adekunle adeleke aden adolph adán agate aguilar agustin agustina agustín ahmad ahmed akar akinwale akinyi
akoth akumu alamo alas alba albert alberto albrecht albuquerque alcalde alejandro alex alexander alexandre alfonso ali
allan allen allison alonso alonzo alva alvarez alvaro alve amador amahle amara amari amaya amble amigo amina amon
amondi amor amri anaya anders anderson andile andra andras andre andres andrew andrews andré andrés angel angus anima
anne antal anthony antic antoine anton antonello antony anyango arab archer arenas arent arias armani armas armstrong
arnau arnaud arnold arora arroyo arts aru arya aryan asberg ashe ashley ashton aslan asp athman atieno atkins auger
augustin aune auraq aurora aus austin avery awadil awamil awani awj awmar ayaan ayamin ayers ayyubi azban azizi baa
baaqir baaree baashir baasim baasit babar bach back backer bah bahati bail bailey bakari baker bala balazs baldwin
bale baleegh bali balint ball ballard balázs bambad ban banks bar baraka barasa barber barbora barbu bare barents
barker barlow barman barna barnes barnett baron barr barraq barre barrett barrio barrios barron barrows barry bartley
bartolome bartolomé barton bas basaam baseer bashaar bashaarat basheerah basic bass bassi bastien batal bates bath
batista batool bauer baum bautista baxter bean beard beck becker bedi beer begin begum bell bello belton ben bena
benard bender benito benjamin bennet bennett benoit benoît benson bentley benton benz bera berends berg berger
bergmann bernard bernhard bernie berry berthold bertrand besse best bett bevan bey bibi bigot bilaal bilge binder bins
birch bird birmingham biro bishop bite bizhan bjork björk black blackburn blair blaise blake blanc blanca blanch
blanchard blanche blazej blažej blin block blot boban bode boers bogdan bolivar bolton bona bond boner bones boniface
bonnet booker boon boone booth bora bore borg borgia boris borja bose bosibori bouillon bourgeois bowers bowler bowman
boyce boyd boyle bradford bradley brady branch brandon brands brandt braun bravo bray bree brenna brennan brenner
brett brewer brian brick bridge bridges brien briggs bright brink brock broderick brody brogan brooks brown browning
bruce bruna bruno bryan bryant bryson buchanan buck buckley bud bueno buhari bui buick bull bullock buraid burger
burgess burke burnett burns burr burrell burrows burt burton bury bush butcher butler butte byrd bálint caballero
cahir cain caine cairn cal caldera caldwell calhoun callan cameron campbell campo campos camps canals candelaria
canning cannon canny cant canton capone capua car cares carey carleton carley carli carlos carney caro caron carpenter
carr carrier carrion carroll carry carson carsten carter carton casanova case cases casey caspar casper cassidy
castillo castro catalan ceara cervantes cetin chabane chad chadwick chamberlain chambers champagne chan chana chanda
chandler chandra chandran chaney chang chapman char charles charlton charo chase chavez chebet chege chelangat chen
chepkemoi chepkoech chepkorir cherif cherotich cherry cheruiyot chevalier chevrolet chico christen christian christie
christoph christopher chung church cid cirino claes clair clancy clare clark clarke claude claus clay clayton clear
clemens clement clemente clements clifford clinton close clément coates cobb cochran cody coen cohen colas cole
coleman coles coley colic colin collard collette collier collin collins collis colman colon colum comas combs comer
comment company compton comte concepcion concepción concha conley conn connell conner connery connolly connor connors
conrad constant contractor convey conway cook cools cooper cop corbett cordero cormack cornelis cornet corona coronado
corral corry cortes cortez corwin costa cotter courtier courtney cousin cousins couture couturier cox craig crane
craven craw crawford creed cristea crooks crosby cross crowley cruces cruise cruz cullen cully cumming cummings curley
curry curtis cvetko daamin dabir dada dakhil dale dalla dalton dam damurah dan dana dane dani daniel daniels danjuma
dara darain darcy dare darko dash date daud dave davenport davey david davies davin davis davy dawson dawud day deacon
dean deane decker dee deegan deep delaney delle delmas dempsey deng denis dennis denny dermott desmond devan devi
devin dey diallo dias diaz dick dickens dickey dickie dickson dida didier diego dietrich dillon dima din dinu dion
dionne divan diver divine dixon doctor doe domingo dona donald donnell donovan doppler dora dorota dorr dorsey douglas
dower downing downs doyle drake drew dries drum dua duane duarte dudley duff duffy duke duma duncan dunn dunne dunning
duong dupont duran durant durante dwane dyer dávid dương each earl earle early eberhard eberhardt ebert eckhardt eco
eden eder edin edwards edwin eftimie ehsaas eimer ejlaal elias elijah eller ellery elliot elliott ellis ellison eloy
elwood elías emmanuel emmerich ene english ennis erdogan ergul ergül erik ernst ervin esfandyar eshan esteban estes
etienne eustace evans everett ewart ewing faber fabian fabián fair faizan falcon falk fall fallon fanning farah fares
farida farley farmer farrell faust fay fazli federico fedor fee feliciano fellah feller fenton fergus ferguson ferhat
fernandez ferrari ferrell ferris ferry fibonacci fidvi field fielding fields filip finch fink finley finn finnegan
fischer fisher fitzgerald fitzsimmons fleck fleming fletcher flood flor florea flores flowers floyd flynn foley font
foot forbes ford forget forrest foster fowler fox foy frances francis francisco franck franco francois francoise frank
franka franklin franz françois françoise fraser frazier frederick freely freeman french fresh friedl friedrich frisk
fritz frost fry fuentes fuller fulton funk gabriel gaines gal gala gallagher gallego gallo gamble gandhi gannon gara
garcia gardner garibaldi garland garner garret garrett garrison garry garvin garza gaspar gaspard gates gathoni
gauthier gavin gay gaylord gašpar geary gee geiger gentry george georges gerard germain ghafoor ghanee ghannam ghasaan
ghauth ghayoor ghazi ghazzal ghislain ghunayn ghutayf gibbon gibbons gibbs gibson gifford gil gilbert giles gill
gilles gillies gillis gilmore gina gisbert gitau githinji gitonga glass glasses glenn glover glynn goblet goda godfrey
gohar golden golding gomez gonzales gonzalo good goodman goodwin gopal gordon gore gotthard gottlieb gotz gould grace
gracia grady graham grand grant gravel graves gray greco green greene greenwood greer gregoire gregor gregorio gregory
grey griffin griffith grill grimes gross grover grégoire guard gucci guerrero guillaume guinness gul gulfam gulshan
gunn gunning gunther gut guthrie guy gérard götz gül günther haas hacker hagen hahn haiden haji hakim hale haley halim
hall hallberg halley ham hamilton hamisi hammer hammond hampton hamza hancock hand handler hanna hannah hans hansen
hanson hardi hardie hardin harding hardy hare hargreaves hari haring harley harm harmon harper harrell harris harrison
harry hart hartley hartmann harvey hasan hassan hastings hasty hawkins hawthorn hay hayden hayes haynes hays hayward
hearty heath hebert heck heino heinrich heinz held helen hell heller helm henderson hendricks hendrix henery henk
henni henry hens hepburn herbert herd herman hermann hermes hernandez hernando heron herring herrmann herve hervé hess
hester hewitt hickey hicks higgins hilary hilbert hill hillery hilliard hills hilmer hilton hines hoang hobbs hocine
hodge hodges hoes hoffman hogan holden holder holland hollander holler holloway hollywood holm holmes holt honing
honore honoré hood hook hoop hoover hope hopkins hora horn horton house houston hovel howard howe howell hoàng huang
hubbard hubert hudson huff hug hughes hull hummer humphrey hunt hunter hurley hurt hussein huzaifa hyde hyman
ibraaheem ibrahim idris iftikhaar ignac ihab ihsaan ihtiram ijli ilan imrich ingram ireland irungu irvine irving irwin
isaac ismail issa issac issack ivory jaabir jaanus jabir jabr jackson jacob jacobs jacoby jacques jacuzzi jad jahdami
jahdari jaime jakub jalaal jalil jamaal jamar jameel james jameson jan jani janik janko jano janos jaquez jara jarl
jarvis jean jebet jefferson jelagat jele jelle jemutai jenkins jenni jennings jensen jepchirchir jepchumba jepkoech
jepkorir jepkosgei jeptoo jerman jerono jerop jerotich jerusalem jeruto jesus jiles jimenez jobe joe joel johann john
johns johnson johnstone jonas jones jordan jordán joris joseph joshua jost jove joyce joye juan judd judge jug julia
julian julien julius julián juma jung junior junk jurek ján kaamil kabeer kabir kabiru kachela kaci kade kadri kaiser
kala kale kaleem kaleema kalla kalman kamal kamau kamran kanda kane kanini kar kara karaamat karam karan karani
karanja kari karimi kariuki karl kasam kashif kasim kaspar kasper kassim kata katana kay kaya kaysan keegan keelan
keeley keeling keely keenan keith keller kelley kelly kelvin kemboi kemp kendall kendra kenna kennedy kenny kent kern
kerr kerubo kevin key keya khaled khalil khamisi khan kiarie kibet kidney kieran kiernan killer kilonzo kim kimani
kimanzi kimathi kimeu kimutai kind kindle king kingston kink kinuthia kinyanjui kinyua kioko kipchirchir kipchumba
kipkemboi kipkemoi kipkirui kipkoech kipkorir kipkosgei kipkurui kiplagat kiplangat kiplimo kipngeno kipngetich
kiprono kiprop kiprotich kipruto kipsang kiptoo kipyegon kirby kirk kirui kiss klaas klaus klein klement knight knoll
knowles knox kocak koech kohl konrad korir kort kosgei kraft kramer kris krish krishna kristof krištof kumar kuria
kwamboka kyalo kára labeeb lace lacey lacy lad lage lahiah lajlaj lala lalla lam lamas lamb lambert lamont lancaster
landin landry lane lang langat langer lara larkin larsen larson lass laszlo latif laureano laurent lauri lavelle law
lawless lawrence lawson layth lazar leach leary lee leech leen lees leis leland lennon leon leonard leone leopold
leroy leslie lester letta levin levine levy lewis ley león lice lie lien liepa lilja lill lillis lima limazah limo
limon lin lincoln lind lindberg linde lindell linden lindsay lindsey link linna linton lips lira list liston little
liyaaqat liyaqat llamas lloyd lobo logan loke london long looney loos lopez lord lorenz lorenzo louis lourenco
lourenço love lovett low lowe lower loyal loyola luay lucas lucero lucid lucio ludwig luger luis luna luqmaan luqman
luster lut lutf lutz lux luz luís lynch lynn lyon lyons lászló léonard maalik maawiya mac macarthur macauley macdonald
mace mach macharia macho mack mackenzie macmillan macpherson mad madani madara madden maddox maddy made madiyan madrid
madrigal mae magan magi magic mahbeer mahbub maheen maher mahfuj mahfuz mahi mahmood mahmoud mai maia maina maingi
maire mairtin majd majeed major makau makena mako makokha makori mala malina mall mallet malone mamba mambo man manda
mandala mandla mane mani manley mann manning manole mans mansfield manson mante manuel mara maras marcin marco marcos
marek mares margita mari marian marie marin marini marino marion maris marián mark marko marks markus marley maroof
maros maroš marques marquez marry marsh marshall marta marte martens marti martin martinez martins marton marty martyn
martí martín marvin marwa marx mary maryadi marí marín mas masar masika masinde mason master matas mate mateo mater
mathews mathias mathieu mathis mati matias matic matt matthews matthijs matus matías maurice maury maxwell may maya
maye mayer maynard mayo mayor mayoral mays maza mbithi mboya mbugua mburu mcbride mccall mccarthy mcclure mccoy mcgee
mcguire mckay mckenna mckenzie mckinley mcqueen meadows meaghan meany medic medina mees meier melchior melichar mellon
melody melton melville melvin mena mendoza mercer merchant meredith merino merle merritt merry mesa meyer meyers miah
michael michel middleton mignon miguel miklos milas miles miley milla millard miller millet mills milota miner mir
miranda miro misra mitchell mitra mitt miya mlungisi moan moe moet mohamed mohammad mohammed mohamud molder moles moll
momanyi monaco monk monks monroe montague montana monte montero montes montgomery montserrat moody moon mooney moons
moor moore moors mora moraa morales moran more moreau morel moreno mores morgan moriarty moric moritz morris morrison
morrow morse mortimer morton mose moses moss motte moulin mountain mourib moussa mouton moya mozart muchiri mueller
muema mueni mugambi mugendi mugo muia muir muiruri mukhwana mulder mule muli muller mulligan mullins mulwa mumbi mumo
munene mungai muni munyao munyoki murdoch muriithi murimi murithi muriuki murk murphy murray musa musau musee musembi
musila must mustafa mustapha mustofa musyoka musyoki mutai muthama muthengi muthoka muthoni muthui mutia mutie mutinda
mutiso mutisya mutua mutuku mutunga muturi mwangangi mwangi mwaniki mwanzia mwaura mwende mwendwa mwikali mwiti myers
myles márton máté móric naail nabeel nabih nacer nadeem nader naeem nafula nail nair najam najeeb naliaka nanjala
naomi nary naser nash nath navarro nazario ndegwa nderitu ndirangu nduku ndunge ndungu nduta nea neal needham neill
nekesa nelima nelson nestor neville nevin newman newton nganga ngari ngigi ngugi nhlanhla nicholas nichols nickels
nicol nicolas nicolás nieves nikolaus nino nita nixon njagi njenga njeri njeru njiru njogu njoki njoroge njue njuguna
noble noel nolan noor nori norman normand norris north norton noël nyaboke nyaga nyakundi nyamai nyambura nyanchama
nyawira nyongesa nzioka nzomo oak obama obi ocampo ochieng oda odhiambo odongo oduor okello okoth okumu oliva olive
oliver olivier oloo olsen oluoch omair omar omari omeir omondi omran ondieki oneal onyango opiyo orchard orlando orn
ortiz osborn osborne osman ossama oswald otieno ott otto ouma owais owen owens owino owuor pablo pace page pages pal
pala palazzo pall palm palma palmer palomino pandit pangestu pant pap pare parent paris parisian park parker parks
parrish parry parsa parsons parts pascal pascual pastor patel patrick patterson patton pau paul pavel pavol payer
payne paz peacock pearce pearson peck pedro peer pelayo pellet pena pent pepe perez peri perkins perri perrin perry
peter peters peterson petit petty peyton philip philipp philippe philips phillips picard pickering pierce pierre pika
pike pina pinto piret plank plaza plover pock pol poland pole polis poll polo ponce pons poole poos pop pope porter
post potter potters potts powell power powers prabowo prada prado prasetya prasetyo prat prats pratt prayoga prentice
preston price priest prince proctor prokop provost purcell puri put putz pál péter qaasim qabeel qadar qadeer qahtan
qaim qais qaseem qasif quadir quasimodo quill quinn qusay qutaybah raaghib raakin raashid raatib rabah rabar rabb
rabbani rabee rabiah racine radi raed rael rafay rafeek rafi rafter rahayu raheel rahman raid rails rainer raj raja
rajata raleigh ram rama ramadan ramadhan ramirez ramon ramos ramsay ramsey ramón rana rand randall randolph rashid
rath rattan ravel ravi ray raymond read reader real redmond reed reese reeves regan reich reid reilly reina reiner
reinhardt remy renard renaud renault renders rey reyes reyna reynolds rhodes ricci rice rich richard richards richer
richie richmond richter rickard rico riddle ridge riggs rikke riley ring rio rios risa ritchie ritter rivera rivers
roach robb robbins robert roberts robertson robin robinson rock roddy rodgers rodrigo rodrigue rodriguez roe roger
rogers rohaan rohan roland roldan roldán rolland rollins rom roma romain roman romano romero román ronan rono room
roos roots roque ros rosa rosario rose rosenberg rosin rosina ross roth rotich rotter rout roux rowan rowe rowland roy
ruddy rudolf rudolph rufus ruiz rush russel russell russo rust rutherford ryan ryder rémy saabir saad saafir saahir
saajid saal saalim saaqib saar saariyah sabah sabeeh sabil sabiq sabir saboor sabri sabur saburah sacristan sadan
sadaqat sade sadeed safari said saidi sair salah salami salazar saleh salem sales salim salmon salvador salvi salvo
sam sami sammy sampson samson samuel samwel sanchez sancho sandal sander sanders sandi sandor sandoval sane sanford
sang sani sans santana santiago santos saran saul saunders savage savant sawyer sayers schiller schilling schmidt
schmuck schneider schroeder schultz schumacher schwartz scott sears sebastian sebastián sec selin sellers sem sen senn
sepp serrano seth seven sever sexton seymour shah shan shankar shannon sharp sharpe shaw shea shehu sheikh shekoni
shelton shepard shepherd sheppard sheridan sherlock sherman sherry shields shine short sierra sifuna siim sila silk
silke silva sima simba simiyu simmons simo simon simpson sims sinan sinclair singer singh sinner sire siren sitar
sitters skinner slater slavica sloan sloane small smart smith snow snyder sola solano solar solberg sole solomon som
sommer soon soot soprano soto souma spain sparks spears spence spencer spenser spies springer stack stafford stan
stancu stanley stanton stark steed steele steen steer stefan steffen stein steinberg steinmann stephen stephens stern
stevens steward stewart stock stokes stone storey storm story stout strand strauss street strickland strong stuart
suarez suits suleiman sullivan summers sunder supple sur sura susi sutton suvi svanberg swaleh sweeney swift swords
sykes sándor taaj taanish tabassum tack tadeen tafazal tahaw-wur tahawwur taheem tahir tahmaseb tailor taimur taj
tajammul talal talat talbot talha talhah tali talib tamanna tamas tamás tanguy tank tanner tara tarantino tate tavares
tawkeel taylor tella tena terrell terry thatcher thibault thibaut thierry thies thijs thom thomas thompson thor
thornton thorpe thuo tiernan tillman tins titus tobin todd toledo toma tomas tome toms tomás tomáš tomé toner too
toots topic torrence torrent torrents torres townsend toy tracey tracy tran travis treacy tromp troy trudel tsuma
tucker tudor turk turner tutu tyler ubaadah ubadah ubaid ubaidah ubay ubayd ubaydullah uche uhban ullrich ulrich
umaarah umair umar underwood urbain urban urrab utama vahar vain vaino vala valencia valentin valentine valentino
valentín valero vali vance vara vargas vasquez vaughan vaughn vavrinec vega veit vela vera verda vial vicente victor
victory vidal viera vigil villa vina vincent viola virag virgilio virág vitali volta von waahid waajid wachira wade
wadi wadood wafa wafeeq wafula wagner wahhaaj wainaina wairimu walker wall wallace waller walls walsh walter walters
walton waluyo wamalwa wambua wambugu wambui wanda wang wangari wangila wangui wanja wanjala wanjiku wanjiru wanjohi
wanyama wanyonyi ward ware warmer warner warren warrior washington waters watkins watson watt watts waweru way weaver
webb weber webster weeks weir weiss wekesa welch weldon wells welter wende were werner wesonga west westin weston
wheeler white whitehead whitney widen wieland wiener wiggins wilcox wild wiley wilhelm wilkins wilkinson will wille
willem william williams willis wills wilson wilton winter winters wise wolf wolfe wong wood woods woodward wren wright
wulf wyatt wyman yaa yadid yafir yaghnam yahia yahyaa yaman yang yar yasir yates yawer yilmaz yogi yolanda york young
yussuf yusuf zaafir zaahid zaahir zaakir zach zacharia zachariah zacharias zackariya zafar zafir zafrul zahaar zaheer
zahri zahrun zahur zak zarar zarina zayyir zelaya zigmund zola zuwayhir álvaro ángel étienne šimon štefan žigmund
""".split())
