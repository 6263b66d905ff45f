import {
  extraCaselessFamily,
  extraCaselessGiven,
  extraCjkFamily,
  extraFamily,
  extraGiven,
} from './name-lists.js';

/**
 * A compact embedded list of common given names and surnames across locales (English, German,
 * French, Spanish, Italian, Portuguese, Dutch, Nordic, Polish, Turkish, Arabic, Indian, Chinese,
 * Japanese, Korean, Vietnamese), lower case and without accents. It raises confidence; it is not a
 * gate on its own (a name-like column accepts names that are not listed).
 */

const given = `
james john sean robert michael william david richard joseph thomas charles christopher daniel matthew
anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason
jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel
gregory alexander frank patrick raymond jack dennis jerry tyler aaron jose adam nathan henry peter
zachary douglas harold kyle noah ethan liam oliver lucas mason logan elijah owen leo oscar harry
mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty margaret
sandra ashley kimberly emily donna michelle carol amanda dorothy melissa deborah stephanie rebecca
sharon laura cynthia kathleen amy angela shirley anna brenda pamela emma nicole helen samantha
katherine christine debra rachel carolyn janet catherine maria heather diane ruth julie olivia joyce
virginia victoria kelly lauren christina joan evelyn judith megan andrea cheryl hannah jacqueline
martha gloria teresa ann sara madison frances kathryn janice jean abigail alice judy sophia grace
denise amber doris marilyn danielle beverly isabella theresa diana natalie brittany charlotte marie
kayla alexis lori jane chloe mia ava ella lily zoe grace alan bob bill tom jim tim joe ben sam
hans klaus jurgen stefan wolfgang uwe dieter andreas thorsten jens lukas felix jonas leon finn paul
ursula ingrid petra sabine monika gisela renate birgit katrin anja lena lea hanna mila emilia greta
jean pierre michel philippe alain nicolas francois laurent olivier christophe sebastien julien
antoine mathieu thierry camille manon chloe ines juliette margaux nathalie isabelle sylvie valerie
sophie celine aurelie amelie elodie juan carlos luis javier miguel jorge alejandro pablo diego
sergio fernando manuel antonio francisco rafael pedro raul alberto ricardo mateo santiago carmen
lucia sofia valentina camila daniela paula elena marta rosa isabel pilar beatriz ana guadalupe
giuseppe giovanni marco luca francesco alessandro matteo lorenzo andrea stefano roberto giulia
chiara francesca federica alessia martina giorgia silvia joao tiago rui goncalo afonso beatriz
rita ines bruno rodrigo pieter jan joost bram daan sander ruben sanne femke anouk lotte eva lars
erik anders nils sven johan mikael ingrid astrid freya sigrid karin piotr krzysztof tomasz pawel
marcin michal katarzyna agnieszka malgorzata ewa joanna magdalena mehmet mustafa ahmet ali huseyin
ayse fatma emine zeynep elif mohammed muhammad ahmed mahmoud omar youssef hassan hussein ibrahim
fatima aisha mariam layla noor rahul amit raj sanjay vijay arjun rohan priya anjali pooja sunita
deepa kavya neha wei jing hui xin yan hiroshi takashi kenji yuki haruto sota yui
sakura aoi hina minjun seojun jiwoo seoyeon minseo linh minh anh huong thanh dmitri ivan sergei
olga natasha irina svetlana tatiana kwame kofi amara chidi ngozi oluwaseun
`;

const family = `
smith johnson williams brown jones garcia miller davis rodriguez martinez hernandez lopez gonzalez
wilson anderson taylor moore jackson lee perez thompson harris sanchez clark
ramirez lewis robinson wright torres nguyen flores adams
nelson rivera campbell mitchell roberts gomez phillips evans diaz
cruz edwards collins reyes stewart morris morales murphy rogers gutierrez ortiz
peterson bailey howard ramos kim cox richardson watson chavez
mendoza ruiz hughes alvarez castillo sanders patel myers foster jimenez
doe roe hopper lovelace turing knuth
muller mueller schmidt schneider fischer weber meyer wagner becker schulz hoffmann schafer koch
bauer richter schroder neumann zimmermann kruger hofmann hartmann
schmitt werner krause meier lehmann schmid schulze maier kohler herrmann huber
bernard dubois petit durand leroy moreau laurent lefebvre
fournier girard bonnet dupont lambert fontaine rousseau muller lefevre faure mercier
guerin boyer garnier chevalier gauthier perrin morel
fernandez sanz romero navarro torres dominguez vazquez ramos serrano molina blanco suarez
ortega delgado castro rubio iglesias medina garrido cortes santos nunez calvo vargas herrera
rossi russo ferrari esposito bianchi romano colombo ricci marino greco conti deluca
mancini costa giordano rizzo lombardi moretti barbieri fontana caruso mariani ferrara
silva santos ferreira pereira oliveira costa rodrigues martins sousa fernandes goncalves
gomes lopes marques alves almeida ribeiro pinto carvalho teixeira moreira correia mendes
devries jansen bakker visser meijer mulder dekker vermeulen vandijk vandenberg dejong
hansen johansson andersson karlsson nilsson eriksson larsson olsson persson svensson jensen
nielsen pedersen kristiansen haugen nowak kowalski wisniewski wojcik kowalczyk kaminski lewandowski
zielinski szymanski yilmaz kaya demir sahin celik yildiz yildirim ozturk aydin ozdemir arslan
khan ali ahmed hussain hassan ibrahim abdullah rahman haddad mansour nasser saleh
sharma singh kumar gupta verma reddy rao iyer nair mehta shah joshi desai chatterjee banerjee
wang zhang liu chen yang huang zhao wu zhou xu sun zhu guo gao luo zheng
sato suzuki takahashi tanaka watanabe ito yamamoto nakamura kobayashi kato yoshida yamada
park choi jung kang cho yoon jang lim han shin tran pham hoang phan vu dang bui ngo
ivanov smirnov kuznetsov popov petrov sokolov volkov morozov novak horvat okafor okonkwo mensah
`;

const moreGiven = `
craig dale wade dean glen glenn earl wayne warren clay jhon keisha imogen eilidh austin courtney madison declan callum hamish siobhan niamh alfie isla poppy amelia
freya rhys aled tariq george charlie dustin trevor jamal deshawn latoya tanisha shanice malik darnell
tyrone jasmine destiny brianna kaylee hailey haley jordan taylor morgan riley avery harper evelyn
abigail ella scarlett aria luna layla penelope nora hazel violet aurora savannah audrey brooklyn
bella claire skylar lucy paisley everly caroline nova genesis emilia kennedy maya willow kinsley naomi
aaliyah elena sarah ariana allison gabriella alice madelyn cora ruby eva serenity autumn adeline hailey
gianna valentina isla eliana quinn nevaeh ivy sadie piper lydia alexa josephine emery julia delilah
arianna vivian kaylee sophie brielle madeline peyton rylee clara hadley melanie mackenzie reagh
wyatt carter julian grayson jayden gabriel isaac lincoln anthony hudson dylan ezra thomas charles
christopher jaxon maverick josiah isaiah andrew elias joshua nathan caleb ryan adrian miles eli
nolan christian aaron cameron ezekiel colton luca landon hunter jonathan santiago axel easton cooper
jeremiah angel roman connor jameson robert greyson jordan ian carson jaxson leonardo nicholas dominic
austin everett brooks xavier kai jose parker adam jace wesley kayden silas bennett declan waylon
weston evan emmett micah ryder beau damian brayden gael rowan harrison bryson sawyer amir kingston
jason giovanni vincent ayden chase myles diego nathaniel legend jonah river tyler cole braxton george
milo zachary ashton luis jasper kaiden adriel gavin bentley calvin zion juan maddox king kaleb
cayden harry archie alfie freddie theo arthur reggie albie teddy rory finley tommy frankie ronnie
stanley louie sonny alexander edward hugo max ollie toby ellis jude elliot louis rupert hector
peggy bobby bobbie billy betty patty polly molly sally debbie kathy cathy jimmy johnny danny ricky
dawit betelhem yonas hiwot tigist mekdes biniam haile meron eyerusalem henok yared bereket samrawit
abebe tesfaye kebede selamawit senait mulugeta girma tewodros amanuel
heike anke wolfgang matthias jorg joerg bjorn gunther gunter helmut manfred horst werner gerhard
karl heinz rolf bernd ralf frank jan sabine susanne claudia andrea stefanie nicole julia anna laura
lara sarah marie sophie johanna charlotte clara luisa emma mia hannah lina ella lena leonie amelie
maximilian alexander elias noah ben luis henry emil anton theo jakob moritz niklas tim tom nico
manon camille lea chloe ines jade louise alice lina rose anna mila ambre julia gabriel raphael
louis arthur jules adam hugo lucas liam nathan ethan paul sacha tom mathis theo noah yannick
thibault thibaut guillaume maxime quentin romain benoit vincent cedric frederic gaelle helene anais
emilie pauline lucie marion oceane margot elise clemence jeanne josephine agathe victoire
jose luis miguel angel jesus david daniel alejandro pablo alvaro adrian diego mario javier sergio
marcos ivan ruben oscar raul enrique ramon andres vicente joaquin iker inigo jordi jaume pau marc
nuria montserrat mercedes dolores josefa teresa ana isabel cristina marta laura silvia sara paula
alba irene andrea julia claudia lucia sofia maria carmen rosario concepcion francisca antonia
matheus thiago gabriel lucas rafael felipe gustavo leonardo vinicius eduardo rodrigo bruno
fernanda juliana camila amanda larissa leticia aline patricia beatriz mariana gabriela bianca
vanessa tatiana priscila renata adriana luana francisca jessica raquel leandro marcelo fabio
ricardo andre diogo joao tiago nuno duarte
daan bram sem lucas milan levi luuk thijs jesse noah finn stijn ruben tim lars bas jasper koen
sanne femke lotte anouk fleur eline iris lisa julia sophie emma tess lieke fenna ilse marloes
sjoerd joris maarten wouter pieter dirk hendrik willem tess noor saar nina
sakura yui hina aoi mei rin riko yuna miyu akiko naoko mayumi yuko hanako kaori misaki haruka
takumi shota yuto sota riku ren haruto daisuke kenta kenji hiroshi taro ichiro jiro yuki takeshi
satoshi kazuki ryota kaito hayato naoki masato
minjun seojun doyun eunwoo siwoo jiho seoyeon seoyun jiwoo hayoon jiu
mehmet ahmet mustafa ali huseyin hasan ibrahim ismail osman yusuf murat emre burak can cem
fatma ayse emine hatice zeynep elif meryem sultan merve esra
arjun aarav vivaan aditya vihaan krishna ishaan rohit suresh ramesh rajesh anil sunil deepak
ananya diya saanvi aadhya kavya priya divya lakshmi meena sita gita
wei fang lei jun ming hong ping li na jie tao yang hao yu
giulia sofia aurora alice ginevra emma giorgia greta beatrice anna chiara sara martina francesca
leonardo francesco alessandro lorenzo mattia andrea gabriele riccardo tommaso edoardo matteo
giuseppe antonio salvatore vincenzo luigi carlo paolo mario
`;

const moreFamily = `
hale martin thompson white harris clark lewis walker hall allen young king wright scott green baker hill
carter turner parker collins edwards stewart morris murphy cook rogers morgan cooper peterson reed
bailey bell kelly howard ward cox richardson wood watson brooks bennett gray james hughes price
sanders myers long ross foster powell jenkins perry russell sullivan butler barnes fisher henderson
coleman simmons patterson jordan reynolds hamilton graham wallace woods cole west owens marshall
gibson ellis tucker porter hunter hicks crawford henry boyd mason kennedy warren dixon burns
gordon shaw holmes rice robertson hunt black daniels palmer mills nichols grant knight ferguson
rose stone hawkins dunn perkins hudson spencer gardner stephens payne pierce berry matthews arnold
wagner willis ray watkins olson carroll duncan snyder hart cunningham bradley lane andrews ruiz
harper fox riley armstrong carpenter weaver greene lawrence elliott chavez sims austin peters
kelley franklin lawson fields ryan schmidt carr vasquez castillo wheeler chapman oliver montgomery
richards williamson johnston banks meyer bishop mccoy howell morrison hansen harrison
clarke ashworth llewellyn pemberton cartwright fitzgerald mcdonald mcallister obrien okeefe
kowalski goldberg washington jefferson okafor nakamura
klein wolf schroder neumann schwarz zimmermann braun kruger hofmann hartmann lange schmitt werner
schmitz krause meier lehmann schmid schulze maier kohler herrmann konig walter mayer huber kaiser
fuchs peters lang scholz moller weiss jung hahn schubert vogel friedrich keller gunther frank berger
winkler roth beck lorenz baumann franke albrecht schuster simon ludwig bohm winter kraus martin
schumacher kramer vogt stein jager otto sommer gross seidel heinrich brandt haas schreiber graf
schulte dietrich ziegler kuhn kuhl pohl engel horn busch bergmann thomas voigt sauer arnold wolff
pfeiffer bredow
martin bernard thomas petit robert richard durand dubois moreau laurent simon michel lefebvre
leroy roux david bertrand morel fournier girard bonnet dupont lambert fontaine rousseau vincent
muller lefevre faure andre mercier blanc guerin boyer garnier chevalier francois legrand gauthier
garcia perrin robin clement morin nicolas henry roussel mathieu gautier masson marchand duval
denis dumont marie lemaire noel meyer dufour meunier brun blanchard giraud joly riviere lucas
brunet gaillard barbier arnaud martinez gerard roche renard schmitt roy leroux colin vidal caron
picard roger fabre aubert lemoine renaud dumas lacroix olivier philippe bourgeois pierre benoit
rey leclerc payet rolland leclercq guillaume lecomte lopez jean dupuy guillot hubert berger
carpentier sanchez dupuis moulin louis deschamps huet vasseur perez boucher fleury royer klein
jacquet adam paris poirier marty aubry guyot carre charles renault charpentier menard maillard
baron bertin bailly herve schneider fernandez le collet leger bouvier julien prevost millet
perrot daniel le roux cousin germain breton besson langlois remy le pelletier leveque perrier
leblanc barre lebrun marchal weber mallet hamon boulanger jacob monnier michaud rodriguez
guichard gillet etienne grondin poulain tessier chevallier collin chauvin da silva bouchet gay
lemaitre benard marechal humbert reynaud antoine hoarau perret barthelemy cordier pichon lejeune
gilbert lamy delaunay pasquier carlier laporte
garcia rodriguez gonzalez fernandez lopez martinez sanchez perez gomez martin jimenez ruiz
hernandez diaz moreno munoz alvarez romero alonso gutierrez navarro torres dominguez vazquez
ramos gil ramirez serrano blanco molina morales suarez ortega delgado castro ortiz rubio marin
sanz nunez iglesias medina garrido cortes castillo santos lozano guerrero cano prieto mendez
cruz calvo gallego herrera marquez leon vidal cabrera flores campos vega fuentes carrasco diez
aguilar caballero nieto santana herrero pascual gimenez hidalgo montero lorenzo ibanez
silva santos oliveira souza sousa rodrigues ferreira alves pereira lima gomes costa ribeiro
martins carvalho almeida lopes soares fernandes vieira barbosa rocha dias nascimento andrade
moreira nunes marques machado mendes freitas cardoso ramos goncalves santana teixeira araujo
de jong jansen de vries van den berg van dijk bakker janssen visser smit meijer de boer mulder
de groot bos vos peters hendriks van leeuwen dekker brouwer de wit dijkstra smits de graaf
van der meer van der linden kok jacobs de haan vermeulen van den heuvel van der veen van den broek
de bruijn de bruin van der heijden schouten van beek willems van vliet van de ven hoekstra maas
verhoeven koster van dam van der wal prins blom huisman peeters de lange kuipers van wijk
rossi russo ferrari esposito bianchi romano colombo ricci marino greco bruno gallo conti de luca
mancini costa giordano rizzo lombardi moretti barbieri fontana santoro mariani rinaldi caruso
ferrara galli martini leone longo gentile martinelli vitale lombardo serra coppola de santis
sato suzuki takahashi tanaka watanabe ito yamamoto nakamura kobayashi kato yoshida yamada sasaki
yamaguchi matsumoto inoue kimura hayashi shimizu yamazaki mori abe ikeda hashimoto yamashita ishikawa
nakajima maeda fujita ogawa goto okada hasegawa murakami kondo ishii saito sakamoto endo aoki fujii
nishimura fukuda ota miura fujiwara okamoto matsuda nakagawa nakano harada ono tamura takeuchi
kim lee park choi jung kang cho yoon jang lim han oh seo shin kwon hwang ahn song yoo hong
`;

// Common names of English, Irish, Scottish and Welsh, Nordic, Finnish and Estonian (`Eetu`, `Triinu`),
// Central and Eastern European, African (Swahili too: `Juma`, `Daudi`, `Mollel`), Latin American,
// Catalan and Basque (`Ferrer`, `Soler`, `Laia`, `Aitor`), Arabic and Persian, Hebrew, Greek, South Asian and Hawaiian speakers that
// the lists above lacked: prose names are only found through the lists, so every common name missing
// is a miss (`Met with Eleanor Whitfield`, `Fiona Gallagher`, `Thabo Nkosi`). Left out: names that
// open a method, brand or place in data work (Pearson correlation, Nash equilibrium, Shannon entropy,
// Norton, Gemma). German given names of the post-war generations (`Holger`, `Volker`, `Elke`) are in
// neither generated source: the German dictionary, which capitalises nouns, keeps cspell's out.
// Samoan, Māori, Eritrean, Shona and Navajo names (`Moana Faleolo`, `Selam Tesfamariam`, `Chipo
// Moyo`, `Cheyenne Nez`) came late, from the names in data work across the English-speaking world.
const worldGiven = `
sione losaline siosaia tevita mele viliami sitani salote lupe sina tavita malia iosefa semisi sela
kalolaine lavinia taniela heilala seini mosese tomasi tupou pania aroha wiremu hemi mere rawiri ngaire
tamati hohepa anahera kiri mihi
hinewai manaia nikau awhina kahurangi ngaio huia mereana rewi tane moana tala losa sefo ioane siaosi fetu lagi talia
selam semhar luwam filmon merhawi tesfalem rahel ermias habtom mehari
chipo tendai tatenda farai rutendo tinashe nyasha kudakwashe tafadzwa chiedza rumbidzai tapiwa
cheyenne gwilym jarrah
chioma chiamaka adaeze ngozi nneka obinna chidi chinedu emeka ifeoma uchenna oluwaseun adebayo olumide
folake bukola yetunde temitope kehinde taiwo funmilayo kwame kofi akua yaw kwabena abena efua kojo
konstantinos georgios dimitrios ioannis nikolaos panagiotis vasileios christos athanasios evangelos
spyridon theodoros anastasios apostolos eleftherios stavros michail emmanouil charalampos kyriakos
aikaterini vasiliki angeliki dimitra konstantina paraskevi panagiota ioanna evangelia despoina chrysoula
rosaria concetta carmela assunta annunziata salvatore gennaro ciro vincenzo
ruud joost sjoerd wouter jeroen maarten bram thijs floor fenna lieke sanne femke anouk
rina ayu budi dedi maharani rini yanti dian agung gede wayan nyoman ketut kadek komang
ayesha aisha farzana tanvir nusrat shirin tasnim sumaiya nasrin shahana rokeya rahima jannatul mim
judit eszter zsofia katalin erzsebet ildiko krisztina
mehwish hira zainab bilal usman hamza imran kashif tariq faisal junaid shoaib waqas
eleanor fiona agnes ronan cormac bartholomew felicity rupert imelda maeve aoife ciara saoirse roisin
oisin padraig eoin darragh cillian fergus alistair ewan iain morag catriona gwen bronwen dafydd
gareth emrys cerys megan rhiannon sian nigel clive derek keith colin gordon malcolm geoffrey
reginald percy winifred mildred edith ethel beatrix bernadette philippa harriet georgina rosalind
gwendolyn marjorie lorraine maureen colleen eileen sheila wendy tracey stacey kirsty leanne
tamsin verity jemima henrik magnus gustav oskar leif knut ole mads soren kasper rasmus
mikkel jesper torben morten ingeborg solveig sigrun helga ragnhild maja elin linnea ebba tove kirsten
mette dorte lene zsofia katalin laszlo istvan gabor zoltan andras tamas balazs jakub vojtech ondrej
petr jiri tereza katerina veronika radek bogdan andrei mihai ionut ioana cristian vlad oksana olena
taras mykola yulia nataliya anastasia ekaterina alexei nikolai vladimir yuri boris mikhail
thabo sipho themba lerato palesa nomvula zanele bongani mandla kagiso tumelo ayodele chinedu emeka
obinna ifeoma chiamaka nkechi uchenna tunde babajide folake yetunde funmilayo wanjiru njeri otieno
achieng akinyi wairimu abena akosua kwabena kojo efua adwoa marisol yesenia yolanda xiomara dayana
yuliana wilmer julio hector ramiro rogelio efrain osvaldo gerardo armando alfonso ignacio esteban
emiliano ximena valeria mariana lupita rocio araceli zainab khalid faisal hamza bilal samir karim
nadia rania salma yasmin hiba dalia amira leila farah reza mehdi parisa shirin nasrin arash kian
yael noa tamar shira eitan yossi moshe itai oren ronit hila keanu leilani malia kalani makana
noelani aditi ishita nikhil varun siddharth karthik ganesh prakash venkat srinivas harish manish
nitin sachin gaurav akshay tanvi shruti sneha swati nandini bhavna rekha nikos giorgos dimitris
kostas yannis eleni despina panagiotis annika viktor esperanza
gurpreet harpreet gurdev manpreet jaspreet navjot simranjeet baljit kuldeep sukhwinder amarjit
abdul abdullah noura saeed saad yousef reem abeer
aisling aoife niamh siobhan saoirse ciara caoimhe roisin orla sinead grainne eimear deirdre clodagh
maeve nuala fionnuala oisin cian darragh ciaran eoin padraig tadhg ronan cathal donal colm fergal
diarmuid arvind aravind meenakshi lakshmi priya ramesh suresh rajesh mahesh dinesh naveen praveen
vikram vivek anil sunil ajay vijay sanjay deepak ashok rakesh mukesh rahul rohit amit sumit ankit
arjun aditya ananya kavya divya pooja neha anjali kavitha revathi sowmya sangeetha padma geetha usha
radha lalitha shalini sandeep pradeep kiran sanjana farheen
alejandra natalia veronica monica lorena paola carolina marcela mateus luiz lukasz kamil mateusz zofia
priscilla emiko daiki hana khaled deniz hung duc thu trang hoa tuan quang vinh bao ngoc thao
sebastian florian tobias davide simone federico emanuele filippo nicola domenico michele massimo claudio
mauro elisa vittoria noemi camilla serena manuela kristine kristina jocelyn rowena marivic maricel rodel
rommel jerome jericho arnel ariel dindo ramil reynaldo lourdes remedios corazon teresita mariusz
grzegorz dariusz jaroslaw janusz wojciech artur slawomir patryk bartosz dawid szymon kacper wiktor
oliwia zuzanna aleksandra wiktoria karolina paulina beata dorota iwona marte silje ida sofie thea tuva
kari randi marit anne hilde geir terje kjetil trond svein jorgen marcus marcel terrence tamika imani
birgitta margareta kerstin agneta gunilla ulla britt marianne olof bengt goran stig delores mohan
adaeze ylva aurelien ernesto
vignesh senthil murugan saravanan sathish manikandan selvam gokul vinoth ashwin gayathri karthikeyan muthu
arumugam balamurugan dhanush janani bharathi anitha sumathi vasanthi jayanthi thenmozhi kalaivani kumaresan
elango ilango kathir prabhakaran nithya keerthana
holger volker rudiger hartmut detlef dietmar gerd gernot eckhard burkhard ekkehard friedhelm frauke
gesine ilka irmgard hiltrud waltraud elke britta hege
δημητριος κωνσταντινος βασιλειος σπυριδων κυριακος βασιλικη αγγελικη νικος γιωργος γιαννης petros
ursina seraina mirjam flurina
eetu ilkka jarmo jouko keijo aatu onni niilo topias veeti riikka jaana
margus triinu tiit toomas jaan kersti liis merike piret reet tiiu urmas ulle kairi kaido priit andrus indrek
juma baraka neema daudi hamisi athumani shabani mwanaisha
laia mireia meritxell queralt arnau oriol lluis ainhoa itziar unai aitor eneko amaia leire
annegret hannelore anneliese roswitha liselotte
`;

const worldFamily = `
puspitasari maharani wulansari kusumawati setyawati purnamasari anggraeni prasetyo hartono gunawan
siddiqa siddiqui qureshi chaudhry akter akhter begum khatun sultana parvin parveen hossain rahman
vainikolo fonua taufa havili tuilagi fifita kioa lolohea latu moala taumalolo vake piutau tuipulotu
rangihuna matenga tawhiri ngata parata tamihana wihongi
rewi tipene paewai hohaia faleolo leota tuiasosopo sapolu aumua fuimaono soliai seiuli toleafoa afamasaga
tesfamariam ghebremedhin gebremedhin tesfay tesfai ghebreyesus woldemariam habte tekle kidane berhane asfaha
weldemichael andemariam zerai moyo ncube sibanda dube nyathi mpofu mutasa nez begay yazzie tsosie benally
bitsui etsitty gwilym
okonjo okonkwo okafor nwosu adeyemi oyelowo ogunleye nwachukwu mensah asante owusu boateng osei
whitfield byrne gallagher dahl lindqvist lindgren lundqvist bergstrom sandberg holm nyberg quintero
varga nkosi dlamini ndlovu khumalo mokoena mahlangu adeyemi adebayo okoro eze nwosu okeke ogunleye
balogun owusu asante boateng kamau otieno mwangi odhiambo wanjiku mcbride mccarthy oconnor kavanagh
doherty quinn brennan donnelly flanagan callaghan sheehan mcgrath mclaughlin mackenzie mackay macleod
fraser sinclair drummond buchanan lindsay pritchard whitaker fairbanks thornton blackwood hargreaves
whitmore ainsworth atherton atkinson barker chambers dawson fleming hammond hopkins lloyd
norris osborne rowe saunders slater townsend vaughan walsh watts webb whitehead wilkinson
yates nicholson oneill parsons pratt randall rhodes sutton talbot barrett benson blake bowen
burke dalton davidson dyer farrell fitzpatrick garrett goodwin griffin hayes higgins hobbs horton
jennings kane lowe lynch mahoney malone mccormick mcgee mckenzie moran morton reid reilly
rowland schofield stevenson sweeney tierney walton whelan wilkins wyatt johansen halvorsen
solberg nystrom bergman lund sorensen christensen rasmussen mortensen lindholm virtanen korhonen
nieminen makinen hamalainen heikkinen nagy kovacs szabo toth horvath molnar farkas balogh
novotny dvorak svoboda cerny prochazka popescu ionescu popa dumitru stoica moldovan shevchenko
bondarenko kovalenko tkachenko kravchenko melnyk boyko lysenko fedorov mikhailov novikov pavlov
semenov vasiliev egorov zaitsev castaneda rojas restrepo cardenas salazar velasquez zapata arango
cifuentes villalobos espinoza sepulveda figueroa contreras pizarro khoury nassar darwish hamdan
abboud aziz qureshi siddiqui chaudhry farouk cohen mizrahi peretz biton friedman katz goldstein
rosenberg shapiro papadopoulos papadakis georgiou nikolaidis konstantinou dimitriou ioannou
christodoulou raman krishnan subramanian venkatesan pillai menon bhat kulkarni patil deshpande jain
agarwal bansal malhotra kapoor khanna chopra saxena trivedi pandey mishra tiwari yadav chauhan
rathore akana kahale kealoha huynh duong
kaur sandhu sidhu dhillon grewal gill brar randhawa qadir qureshi shaikh sheikh ansari subramaniam
raghunathan ramanathan venkataraman oconnell odonnell oneil
moriarty ohalloran oshea osullivan omahony odriscoll mcnamara mcmahon nolan lenihan geraghty kinsella
hennessy cullen mulligan krishnamurthy sundaram iyer iyengar nair rao reddy naidu shetty hegde gowda
kumar sharma verma gupta singh patel mehta shah desai joshi bhatt chatterjee banerjee mukherjee ghosh
bose dutta chakraborty deshpande
quinones mazur wozniak dabrowski nakashima dogan kilic aslan gruber pichler steiner moser hofer leitner
ferri marchetti parisi conte ferraro villanueva bautista ocampo tolentino aquino villareal manalo dizon
zajac kozlowski jankowski kwiatkowski krawczyk piotrowski grabowski nowakowski pawlowski michalski
adamczyk dudek wieczorek jablonski krol majewski olszewski jaworski malinowski pawlak witkowski walczak
stepien gorski rutkowski aasland kvalheim olsen larsen andersen nilsen karlsen johnsen pettersen
eriksen hagen johannessen andreassen jacobsen jorgensen okoye nwachukwu obi olawale babatunde hargrove
thibodeaux tremblay
ramasubramanian ramalingam thangavel murugesan palaniswamy anandan kandasamy periyasamy annamalai
thiruvengadam kertesz soos
ochieng oduor onyango omondi wafula wanjala kiprop kiptoo chebet atieno adhiambo auma awino njuguna maina
ndungu waweru mutua musyoka rotich korir langat cheruiyot mutai okoth ouma owino wekesa barasa kibet koech
kiplagat
νικολαου βλαχου παπαδοπουλου αντωνιου καραγιαννη σταθοπουλος antoniadis
tschudin caduff
ngugi okello mollel mushi kimaro lyimo mrema massawe swai
ferrer soler casals vilaseca puigvert batlle
`;

const words = (list: string): ReadonlySet<string> => new Set(list.split(/\s+/).filter(Boolean));

/**
 * Words that are names but also everyday capitalised words (`Will`, `May`, `Long`, `Young`): kept
 * out of the lists so a title-case phrase is not read as a name.
 */
const ambiguous = words(`will may mark long young grant rose hope faith joy june april august le de da du la
van von den der ter ten king star price cook banks fields mills woods hill lane ward hall ray west rice black
white green gray grey brown stone fox bell hunt winter sommer horn stein paris austin jordan lincoln
london berlin florence chase lucky summer autumn dawn river ocean sky legend noel
weiss schwarz long lang`);

/**
 * Names that are everyday English words, kept out of the lists (`ambiguous`) or held as words
 * (`notNames`: `Price`): under a labelled name field (`last_name: Price`) they are names still.
 */
const wordNames = words(`price strong little rich bird love summer king knight bishop mason rich sterling
armstrong`);
export const isWordName = (key: string): boolean => ambiguous.has(key) || wordNames.has(key);

/**
 * Given names that are everyday words or places as well (`Jordan`, `Austin`, `Chase`, `Grant`), and
 * those the generated lists leave out as English words (`Victor`, `Tony`, `Carl`, `Stella`): in no
 * list, so a full name made of one and a `familyWords` word (`Jordan Young`, `Carl Brown`, common
 * in US and UK records) is a person only where the sentence takes one (see `person-slots.ts`). Not
 * colours, seasons and things of nature (`Ivory White`, `Summer Sale`, `River Stone`), but `Dawn`,
 * a name as often as a word.
 */
const givenWords =
  words(`will mark grant hope faith joy dawn jordan austin lincoln florence chase paris dallas
sydney devon orlando noel ray rose albert carl chad brad brett mike matt luke victor tony ralph jay ken
terry jake josh jon joel nick pete ted troy travis stuart norman gene don holly barry bart beth blair
bonnie brent brock buddy candace candice cary chester christy claude clarence clint colby colt connie
constance corey cory curt daisy damon dane daphne darren derrick devin dexter dina drew erica erick
erin felicia fletcher flora gus hank jeff jenny jess jessie jill jimmie joey johnnie kelvin kent kerry
kirk kris kylie lacey lana lance laurel lester lionel mack maggie maxwell melody millie minnie mollie
monty moses murray neal ned norma pam randy regina rick rod rosemary saul shawn sherry stella sylvia
tammy tara tiffany tina vera willie willy zack cassandra tamara clarissa angelica eugenia marina`);

/**
 * Family names that are everyday English words (`Young`, `White`, `Hill`, `Price`), kept out of the
 * lists as `givenWords` are, and common US and UK family names that the generator leaves out as words
 * of the other languages it reads (`Garza`, `Soto`, `Rios`, `Estrada`) or of English (`Murray`,
 * `Fuller`, `Davies`): the second word of such a full name. Not those that are nouns of places and
 * things as often (`House`, `Church`, `Branch`, `Case`, `Glass`, `Flowers`).
 */
const familyWords = words(`young white brown green gray grey king hill ward bell cook hall lane long rice
black stone fox hunt west woods banks fields mills rose grant jordan austin chase lincoln price little
rich strong love bird snow frost moon sharp lamb cross marsh holland french welch hardy noble wise page
gates bush wall walls waters wells parks rivers ball bass cannon crane curry drake hawk knox mann meadows
mercer moss norman roach rush short small sparks spears stark summers swan wolfe booth bond heath holt
hurst marks shepherd stokes swift tate thorn potter tanner fowler winter horn stein ray
stevens murray freeman guzman garza soto alvarado pena rios estrada burton fuller padilla bowman brewer
avila bates neal terry graves warner fletcher robles reeves chang salinas chandler barber robbins blair
calderon rivas manning garner newton burgess goodman webster mack guerra valencia franco farmer hampton
ingram barton maxwell glover ibarra bowers cobb conner moody escobar hogan brock barrera cain pineda
mercado trevino rangel hoover arias mora underwood greer morrow decker collier carey davenport huff
singleton kirk combs skinner kirby bridges tapia sosa barron foley shields garrison arroyo cline grimes
arellano melton savage ponce ware baxter beard montes mata huerta barry johns kemp kline cordova winters
lester bullock leach orr davila kent browning stout lowery sloan sexton gentry hull buck sellers howe
morse knapp weeks mays peck lucero pace hurley harding ventura pugh bender herring potts correa fry
portillo quintana bean mullen levy booker waller parra woodward stuart estes spence leal pollard proctor
madden mayo travis archer davies pearce rees parry greenwood hayward ford`);

/** Whether a word (as `nameKey` spells it) is a given name that the lists leave out as a word (see `givenWords`). */
export const isGivenWord = (key: string): boolean => givenWords.has(key);
/** Whether a word (as `nameKey` spells it) is a family name that the lists leave out as a word (see `familyWords`). */
export const isFamilyWord = (key: string): boolean => familyWords.has(key);

const without = (list: string): ReadonlySet<string> =>
  new Set([...words(list)].filter((w) => !ambiguous.has(w) && w.length > 1));

/**
 * A set of words kept as 32-bit hashes in an open-addressed table: the ~43,000 names of the
 * generated lists take ~0.5 MB this way, against ~4 MB of heap as a `Set` of strings (the gateway's
 * idle memory is budgeted). Two words sharing a hash would make one stand for the other: with these
 * lists a word outside them is taken for a name about once in 100,000 lookups.
 */
class HashedWords {
  readonly #table: Uint32Array;
  readonly #mask: number;

  constructor(lists: readonly string[]) {
    const keys = lists.flatMap((list) => list.split(/\s+/)).filter((w) => w.length > 1 && !ambiguous.has(w));
    let size = 1024;
    while (size < keys.length * 2) size *= 2;
    this.#table = new Uint32Array(size);
    this.#mask = size - 1;
    for (const key of keys) {
      const hash = hashWord(key);
      let slot = hash & this.#mask;
      while (this.#table[slot] !== 0 && this.#table[slot] !== hash) slot = (slot + 1) & this.#mask;
      this.#table[slot] = hash;
    }
  }

  has(key: string): boolean {
    const hash = hashWord(key);
    for (let slot = hash & this.#mask; ; slot = (slot + 1) & this.#mask) {
      const held = this.#table[slot];
      if (held === hash) return true;
      if (held === 0) return false;
    }
  }
}

/** FNV-1a over the UTF-16 code units; never 0 (an empty slot). */
function hashWord(word: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), 0x01000193);
  return hash >>> 0 || 1;
}

/**
 * The text of a generated list (`name-lists.ts`): a function returning one template literal, read
 * from the function's source rather than by calling it. A called function's literal is a string of
 * its own that V8 keeps as long as the function's bytecode, ~0.8 MB for these lists; the module's
 * source is kept anyway and `toString` hands out a slice of it. The bundle spells letters outside
 * ASCII as `\xHH`, `\uHHHH` or `\u{H…}` escapes (scripts/bundle.mjs): those are decoded; a text
 * holding any other escape or a substitution is taken by calling the function.
 */
export function listText(list: () => string): string {
  const source = list.toString();
  const text = source.slice(source.indexOf('`') + 1, source.lastIndexOf('`'));
  if (/\\(?!x[\da-f]{2}|u\{[\da-f]+\}|u[\da-f]{4})|\$\{/i.test(text)) return list();
  return text.replace(/\\x([\da-f]{2})|\\u\{([\da-f]+)\}|\\u([\da-f]{4})/gi, (_, x, point, unit) =>
    String.fromCodePoint(Number.parseInt(x ?? point ?? unit, 16)),
  );
}

/** Given names common enough to be kept by hand: a word that is one is read as a given name before anything else. */
export const commonGivenNames = without(`${given} ${moreGiven} ${worldGiven}`);
/** Given names: the hand-kept lists and the generated ones (`name-lists.ts`). */
export const givenNames: { has(key: string): boolean } = new HashedWords([
  given,
  moreGiven,
  worldGiven,
  listText(extraGiven),
]);
/** Family names: the hand-kept lists and the generated ones (`name-lists.ts`). */
export const surnames: { has(key: string): boolean } = new HashedWords([
  family,
  moreFamily,
  worldFamily,
  listText(extraFamily),
]);

/**
 * Common Hindi given and family names in Devanagari, which the generated lists (faker's Nepali)
 * lack: `— अंकित वर्मा` signing a message. Not those that are words as well (`सिंह`, lion; `कुमार`,
 * boy; `दास`, servant; `जैन`, the faith).
 */
const hindiGiven = `राहुल अमित सुनील अनिल राजेश सुरेश रमेश महेश दिनेश अंकित रोहित विकास विशाल संजय अजय विजय प्रिया
पूजा नेहा सुनीता अनीता कविता अंजलि दीपिका स्वाति गीता मीना आरती निशा ज्योति अर्जुन आदित्य मनोज संदीप प्रदीप
अभिषेक आकाश सचिन मीनाक्षी`;
const hindiFamily = `शर्मा वर्मा गुप्ता यादव जोशी पटेल मिश्रा तिवारी पांडे पाण्डेय श्रीवास्तव चौहान अग्रवाल मेहता रेड्डी नायर
बंसल सक्सेना त्रिपाठी दुबे चौधरी ठाकुर कपूर खन्ना मल्होत्रा`;
/**
 * Common Marathi given and family names in Devanagari: `Dhanyavaad, अनिकेत कुलकर्णी` signing a
 * message written in romanised Marathi. Not those that are words as well (`कदम`, a step; `वाघ`,
 * tiger; `माने`, `मोरे`; `सागर`, sea; `अमोल`, priceless; `शीतल`, cool).
 */
const marathiGiven = `अनिकेत निलेश योगेश मंगेश शैलेश राजेंद्र स्वप्नील अभिजीत प्रथमेश श्रेयस ऋषिकेश हृषीकेश चिन्मय
अश्विनी प्राजक्ता स्नेहल मृणाल सायली वैशाली रुपाली माधुरी पल्लवी सोनाली केतकी मधुरा`;
const marathiFamily = `कुलकर्णी देशपांडे पाटील देशमुख शिंदे पवार जाधव चव्हाण भोसले गायकवाड सावंत गोखले आपटे
परांजपे रानडे केळकर साळुंखे राणे गावडे लोखंडे पाध्ये बापट`;
/**
 * Common Arabic given names as Arabic spells them, with the taa marbuta (`ة`) and alif maqsura (`ى`)
 * that the generated lists (faker's Persian spellings) lack: `أنا سلمى بن رمضان` introducing oneself.
 * Not those that are words as well (`هند`, India; `إيمان`, faith; `كريم`, generous; `أمل`, hope).
 */
const arabicGiven = `يوسف إبراهيم عبدالله عبدالرحمن يونس إدريس إلياس أيوب عثمان زكريا إسماعيل هشام نبيل وليد
سلمى فاطمة خديجة مريم عائشة ليلى زينب سارة نادية سميرة رانيا لبنى هالة`;
const scriptWords = (...lists: string[]): ReadonlySet<string> =>
  new Set(lists.flatMap((list) => list.split(/\s+/)).filter(Boolean));

/** Given names in Arabic, Persian, Hebrew, Thai and Devanagari letters, as written (generated, Hindi, Marathi and Arabic). */
export const caselessGiven: ReadonlySet<string> = scriptWords(
  listText(extraCaselessGiven),
  hindiGiven,
  marathiGiven,
  arabicGiven,
);
/** Family names in those scripts, as written (generated, Hindi and Marathi). */
export const caselessFamily: ReadonlySet<string> = scriptWords(
  listText(extraCaselessFamily),
  hindiFamily,
  marathiFamily,
);

/**
 * Lower case without accents or apostrophes, for lookups: `Jürgen` → `jurgen`, `O'Connell` →
 * `oconnell` (the lists spell Irish names without the apostrophe, as `O’Brien` and `OBRIEN` both
 * occur).
 */
export function nameKey(word: string): string {
  let apostrophe = false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c > 127) {
      let key = accented.get(word);
      if (key === undefined) {
        if (accented.size >= 4096) accented.clear();
        key = word
          .normalize('NFD')
          .replace(/\p{M}|['’]/gu, '')
          .toLowerCase()
          .replace(unsplit, foldUnsplit);
        accented.set(word, key);
      }
      return key;
    }
    if (c === 39) apostrophe = true;
  }
  // ASCII: NFD and mark stripping change nothing
  return apostrophe ? word.replace(/'/g, '').toLowerCase() : word.toLowerCase();
}

const accented = new Map<string, string>();

/**
 * Letters NFD does not split into a base letter and a mark (`Łukasz` → `lukasz`, `Søren` → `soren`,
 * `fødselsdato`, `straße`, Icelandic `föðurnafn` → `fodurnafn`): spelled in ASCII, lower case, after
 * `toLowerCase()`.
 */
export const unsplit = /[øæœßłđðıþ]/g;
const unsplitAscii: Readonly<Record<string, string>> = {
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  ı: 'i',
  þ: 'th',
};
export const foldUnsplit = (c: string): string => unsplitAscii[c] as string;

/**
 * Capitalised words that are not names in prose: months, days, sentence openers, title-case
 * headings, products and companies (not `park`: a common family name, `Linda Park`). A run holding
 * a `companyMarks` word is an organisation.
 */
export const notNames = words(`
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday today tomorrow yesterday
tax taxes deduction deductions allowance allowances
the this that these those there here then when where what which who why how and but
hello dear hi thanks regards best please note see also our your their its his her
very not just really still sorry glad happy sure phone sms email voice push
new old north south east west central united great first last next total totaal average
data table report analysis summary overview policy period customer user account team project
points possible mustermann musterfrau doe shopper info estate insured of
hola buongiorno bonjour hallo ciao oi salut hej hei moin servus szia koszi koszonom udv soy
halo ahoj czesc merhaba selam kumusta habari jambo
mon tue wed fri sat feb mar apr jul aug sep sept oct nov dec
entropy distribution theorem algorithm transform coefficient correlation regression equation
inequality criterion principle paradox conjecture lemma equilibrium hypothesis requested
service services cloud server database query model pipeline notebook dashboard revenue sales
product products price order orders invoice payment street avenue road lane drive city
pro plus max mini ultra edition premium enterprise studio store shop app web online
select from where insert update delete create alter join group order limit values
true false none null python pandas numpy spark java script type error warning exception
yetkili ilgili guest trial anonymous anonym anonyme anonimo unknown
amazon uber lyft sixt hertz avis airbnb expedia doordash deliveroo shopify paypal stripe netflix spotify
real ihren ihre ihrem ihrer seine seinen meine meinen unser unsere büro buro lyon nya
kalman markov gaussian bayesian fourier laplace poisson dijkstra levenshtein full notu
sinds seit depuis desde meme
`);

export const companyMarks = words(`
inc ltd llc plc gmbh ag sa sas sarl bv nv corp co company corporation group holdings labs
sau sl slu sll slp srl spa sro kft aps gbr kg ohg ltda pty llp trust
zonen hijos figli sons sohne fils hermanos irmaos fratelli gebruder gebr
atelier praktijk huisartsenpraktijk tandartspraktijk apotheek pharmacie kanzlei praxis cabinet inn legale avvocati
abogados advocaten notariat immobiliare immobilien inmobiliaria imobiliaria hausverwaltung verwaltung
technologies technology systems solutions partners engineering construction consulting builders
manufacturing industries enterprises labor import export handel vertrieb dental pizzaria pizzeria trattoria ristorante restaurante bistro taqueria bank university college school institute
hospital clinic foundation association foods motors airlines insurance capital ventures farms energy warehouse
bakery brewery winery distillery restaurant cafe hotel hotels studios consulting logistics pharma
industries enterprises associates brothers bros realty properties maison bodega trattoria
ristorante brasserie boulangerie apotheke verlag werke gruppe stiftung assurances assurance seguros
fundación fundacion fundação fundacao fondation fundacja fondazione stichting
móveis moveis muebles mobili möbel mobel
versicherung versicherungen steuerkanzlei anwaltskanzlei rechtsanwaltskanzlei steuerberatung kadry
ооо оао зао пао ао ип тов прат банк компания группа холдинг τράπεζα τραπεζα
health healthcare medical medicine pharmacy physio physiotherapy
bookkeeping accounting accountants joinery carpentry plumbing roofing landscaping catering cleaning
sparkasse volksbank raiffeisenbank comune municipio ayuntamiento gemeinde gemeente kommune kommun mairie stadtwerke
ab oy oyj textil textile elektronik electronics polizeirevier polizei
aktiebolag handelsbolag kommanditbolag gruppen groep bt kkt nyrt zrt eireli cty ομιλος υιοι
asociados associados associati associes sonner yayasan perum koperasi
`);

/**
 * Words of company names in Arabic, Persian, Hebrew, Hindi and Thai (company, bank, group, limited,
 * public company): `شركة الراجحي`, `חברת חשמל`, `टाटा मोटर्स लिमिटेड`, `บริษัท ปตท จำกัด`. A value
 * holding one is an organisation, whatever its label.
 */
export const scriptCompanyMarks: ReadonlySet<string> = new Set(
  `شركة شركه مؤسسة مجموعة بنك مصرف المحدودة ش.م.م شرکت بانک گروه موسسه חברת חברה בע"מ בע״מ בנק קבוצת
कंपनी लिमिटेड प्राइवेट बैंक समूह प्रा. लि. ट्रस्ट मंदिर समिति संस्थान บริษัท จำกัด มหาชน ธนาคาร ห้างหุ้นส่วน`.split(/\s+/),
);

/**
 * Common family names written in Han characters (Japanese, with the generated list's; Chinese;
 * Korean in Hangul): a run of
 * 2–5 such characters standing alone and opening with one of these reads as a full name
 * (`高橋花子`, `加藤 真由美`, `王伟`).
 */
export const cjkSurnames = new Set(
  `佐藤 鈴木 高橋 田中 伊藤 渡辺 渡邊 山本 中村 小林 加藤 吉田 山田 佐々木 山口 松本 井上 木村 林 斎藤 斉藤 清水
山崎 森 池田 橋本 阿部 石川 山下 中島 石井 小川 前田 岡田 長谷川 藤田 後藤 近藤 村上 遠藤 青木 坂本 福田
太田 西村 藤井 金子 岡本 藤原 中野 三浦 原田 中川 松田 竹内 小野 田村 中山 和田 石田 森田 上田 原 柴田 酒井
工藤 横山 宮崎 宮本 内田 高木 安藤 島田 谷口 大野 丸山 今井 高田 河野 藤本 村田 武田 上野 杉山 増田 小山
大塚 平野 菅原 久保 松井 千葉 岩崎 桜井 木下 野口 松尾 菊地 野村 新井 渡部 渡邉 髙橋 齋藤 齊藤 髙木 濱田 廣瀬 澤田 單 单 王 李 张 張 刘 劉 陈 陳 杨 楊 黄
赵 趙 吴 吳 周 徐 孙 孫 马 馬 朱 胡 郭 何 高 罗 羅 郑 鄭 梁 谢 謝 宋 唐 许 許 韩 韓 冯 馮 邓 鄧 曹 彭 曾 肖 田
董 袁 潘 于 蒋 蔣 蔡 余 杜 叶 葉 程 苏 蘇 魏 吕 呂 丁 任 沈 姚 卢 盧 姜 崔 钟 鍾 谭 譚 陆 陸 汪 范 金 石 廖 贾 夏
韦 方 白 邹 孟 熊 秦 邱 江 尹 薛 段 雷 侯 龙 龍 史 陶 黎 贺 顾 毛 郝 龚 邵 钱 錢 严 嚴 武 戴 莫 孔 汤 湯
黃 鄒 賴 赖 傅 柯 翁 詹 蕭 萧 顏 颜 阮 欧 歐 龔
欧阳 歐陽 司马 司馬 诸葛 諸葛 上官 东方 東方 皇甫 尉迟 尉遲 公孙 公孫 慕容 令狐 夏侯 宇文 长孙 長孫
김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 류 전 홍 고 문 양 손 배 백 허 남 심 노 하 곽 성 차 주 우 구
司徒 申屠
${listText(extraCjkFamily)}`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Family names outside `cjkSurnames`, as generated data draws them from fuller lists: Chinese ones of
 * the Hundred Family Surnames and the population rankings past the first hundred and fifty, simplified
 * and traditional (`牛`, `邢`, `闫`, `簡`, `端木`); Korean ones by population past the commonest (`유`,
 * `지`, `채`, `표`); Japanese ones of one character (`東`, `堀`, `関`) and of two past the commonest
 * (`玉城`, `新垣`). Many are everyday words too (`安`, safe; `常`, often; `文`, text; Hangul `가`, `기`,
 * `지` open countless words), so they are read only where the text says a value is a person's: under a
 * name's label, key or column, before a title, after an English word for a person, beside a phone
 * number or an e-mail address (`cjkNamed`).
 */
export const cjkMoreSurnames: ReadonlySet<string> = new Set(
  `万 乔 付 伍 俞 倪 关 包 向 季 安 尚 岳 常 庄 庞 康 成 文 施 易 柳 柴 樊 殷 毕 洪 涂 温 焦 牛 申 祁 祝 章 简 纪 翟 耿
聂 芦 葛 蓝 覃 邢 闫 阎 骆 鲁 麦 齐 游 甘 左 车 符 容 滕 苗 凌 鲍 华 卫 裴 米 戚 蒲 邬 池 商 燕 乐 时 项 阳 邝 巫 栾 揭
晏 岑 连 古 谷 廉 景 辛 舒 阚 管 卓 屈 谈 乌 闵 褚 卞 童 宗 敖 喻 明 穆 霍 浦 甄 房 路 娄 危 湛 冉 苟 隋 贝 臧 计 伏 邸
邰 寇 桂 蒙 班 仇 竺 宁 尤 楚 庾 丘 全 郁 荆 党 仲 花 解 饶 靳 鄢 鞠 薄 封 边 卜 柏 窦 云 昌 禹 强 牟 宫 惠 茅 冷 钮
缪 盛 利 曲 逯 巴 储 佟 郎 宿 粟 阙 农 帅 支 瞿 慕 嵇 暴 晋 靖 扈 姬 郦 雍 查 祖 於 鐘
萬 喬 關 莊 龐 畢 溫 聶 蘆 藍 閆 閻 駱 魯 麥 齊 鮑 華 衛 鄔 樂 時 項 陽 鄺 欒 連 闞 談 烏 閔 婁 貝 計 寧 荊 黨 饒 邊 竇
雲 強 宮 鈕 繆 儲 簡 紀 塗 車 淩 甯 酈
端木 司空 东郭 東郭 公冶 百里 南宫 南宮 西门 西門 呼延 万俟 萬俟 闻人 聞人 澹台 太史 轩辕 軒轅 钟离 鍾離 赫连 赫連 拓跋
独孤 獨孤 第五 公羊 仲孙 仲孫 濮阳 濮陽 淳于 单于 單于
유 민 나 진 지 엄 채 원 천 방 공 현 함 변 염 여 추 도 소 석 선 설 마 길 연 위 표 명 기 반 라 왕 금 옥 육 인 맹 제 모
탁 국 어 은 편 용 예 경 봉 사 부 가 복 태 목 형 피 두 감 음 빈 동 온 호 범 좌 팽 승 간 상 시 갈 견 계 단 당 초
東 西 南 北 堀 堤 岡 岸 星 泉 菅 谷 辻 関 滝 牧 峰 畑 杉 梅 榊 沖 浜 岩 柴 楠 萩 栗 桂 宮 島 嶋 坂 槙 桐 芝 舘 館 柏
相川 赤井 赤木 赤松 秋田 秋葉 秋本 浅見 朝倉 安西 飯野 池内 池谷 石倉 石野 市村 伊丹 井手 稲森 井原 今西 岩城 岩下
岩佐 岩永 上杉 上山 内村 宇田 梅原 梅本 江川 江藤 遠山 大津 大友 大宮 岡島 荻原 奥井 尾上 小田切 小野田 折原 香川
笠松 梶田 春日 片倉 金丸 金山 上川 亀田 唐沢 河内 川合 川井 川辺 菊田 岸田 北沢 北岡 木戸 木原 清田 桐山 久米 倉本
栗山 黒岩 桑田 小暮 児島 小寺 駒井 小宮 小山内 西郷 斉木 坂上 相良 桜田 笹木 笹川 笹本 佐竹 里見 沢井 沢口 塩田 塩谷
重松 柴崎 島村 下山 白鳥 新城 新藤 須賀 菅沼 杉村 鈴村 関谷 瀬川 仙石 高岡 高城 高村 滝川 竹之内 竹原 田崎 立花
立石 辰巳 田所 玉井 玉城 塚原 月岡 辻本 辻村 津村 寺尾 寺本 寺島 東条 徳山 戸川 富岡 豊島 鳥居 永島 中林 長浜 中畑
中丸 仲村 仲間 夏目 並木 成瀬 西垣 西森 新垣 二階堂 能登 野上 野本 萩野 橋口 長谷部 畑中 花岡 浜口 早坂 春山
坂東 東山 日比野 平沢 平塚 広川 深田 福山 藤倉 藤崎 藤森 船木 古屋 古橋 北条 星川 細田 堀越 本郷 前島 牧田 正木 増井
益田 松木 松平 丸田 三島 水上 水口 溝上 三田 宮地 向田 村岡 室井 元木 森口 森島 守屋 矢吹 柳原 山形 山上 山路 山谷
結城 横尾 吉武 吉見 米倉 若松 若山 知念 島袋 照屋 仲宗根 宮里 上地`
    .split(/\s+/)
    .filter((name) => name !== '' && !cjkSurnames.has(name)),
);

/**
 * Companies and brands named after people (`John Lewis`, `Charles Schwab`, `Dr. Oetker`), and the
 * statistical methods and tests data work names after their authors (`Kaplan Meier`, `Durbin
 * Watson`), and places named after national heroes that data holds as places (Mexico City's
 * boroughs and colonias `Benito Juárez`, `Miguel Hidalgo`, `Lázaro Cárdenas`): lower case, accents stripped, two words joined by
 * one space. A run holding one of these is not a person.
 */
export const eponymousBrands = new Set(
  `john lewis, paul smith, robert half, william raveis, jean moulin, abbe pierre, charles schwab, philip morris, dow jones, herman miller, ralph lauren,
tommy hilfiger, louis vuitton, estee lauder, morgan stanley, ben jerry, booz allen, allen hamilton,
ernst young, hewlett packard, dr oetker, calvin klein, hugo boss, walt disney, wells fargo,
goldman sachs, merrill lynch, ted baker, kate spade, michael kors, tory burch, vera wang, marc jacobs,
giorgio armani, christian dior, yves saint, saint laurent, coco chanel, harley davidson, rolls royce,
aston martin, mercedes benz, jack daniels, johnnie walker, jim beam, dr martens, dr pepper,
dr scholl, dr scholls, fred perry, ben sherman, tom ford, john deere, william hill, sara lee,
betty crocker, john hancock, kenneth cole, jack wolfskin, hogan lovells, allen overy, hargreaves lansdown, johns hopkins,
sherwin williams, arthur andersen, lockheed martin, pitney bowes,
thomson reuters, dun bradstreet, smith wesson, black decker, dean witter, trader joe, tim hortons,
victoria secret, stella mccartney, vivienne westwood, alexander mcqueen,
jimmy choo, karl lagerfeld, oscar renta, carolina herrera, paul gaultier, pierre cardin,
nina ricci, emilio pucci, salvatore ferragamo, bottega veneta, dolce gabbana,
fisher price, patek philippe, audemars piguet, vacheron constantin, baker mckenzie, davis polk,
sullivan cromwell, kirkland ellis, marsh mclennan, charles river, jones lang,
albert heijn, anheuser busch, kraft heinz, colgate palmolive, johnson controls, jp morgan,
marks spencer, procter gamble, johnson johnson, grant thornton,
kaplan meier, mann whitney, kolmogorov smirnov, durbin watson, dickey fuller, box cox, holt winters,
levenberg marquardt, gauss newton, hodrick prescott, breusch pagan, benjamini hochberg, newey west,
fisher yates, bray curtis, cohen kappa, wilcoxon mann, shapiro wilk, jarque bera, kruskal wallis,
benito juarez, miguel hidalgo, venustiano carranza, alvaro obregon, lazaro cardenas, emiliano zapata,
vicente guerrero, ignacio zaragoza, galeries lafayette, david jones, harvey norman, edward jones,
mr kipling, ben jerry`
    .split(',')
    .map((pair) => pair.trim().replace(/\s+/g, ' ')),
);

/**
 * The names that forms, manuals and test data of each country fill in for "any person" (Poland's Jan
 * Kowalski, Germany's Max Mustermann, Japan's 山田 太郎, Hong Kong's 陳大文, Italy's Mario Rossi, the
 * English-speaking world's John Doe, John Roe and John Smith, …), given name first. Real people bear
 * them too: they are placeholders only in a fixture's context (see `person-placeholders.ts`).
 */
const commonPlaceholders = `jan kowalski, anna kowalska, joao da silva, maria da silva, mario rossi, maria rossi,
jean dupont, marie dupont, juan perez, juana perez, jan novak, jana novakova, jan jansen, jan janssens,
ola nordmann, kari nordmann, matti meikalainen, maija meikalainen, jan modaal, erika mustermann,
max mustermann, иван иванов, иван петров, jon jonsson, sven svensson, ion popescu, joe bloggs, fred nurk,
john doe, jane doe, john smith, jane smith, juan dela cruz, maria clara, hong gildong, chan taiman,
john roe, jane roe, richard roe,
山田 太郎, 山田 花子, 田中 太郎, ヤマダ タロウ, 陳大文, 陈大文, 陳小明, 王小明, 김철수`;
/**
 * The names for nobody, which name no one anywhere (Korea's 홍길동, China's 张三 and 李四, Vietnam's
 * Nguyễn Văn A, whose given name is a letter, Hungary's Gipsz Jakab, Brazil's Fulano de Tal). Fulano,
 * Beltrano, Sicrano and Ciclano (so-and-so, in Portuguese and Spanish) are nobody's given name: a
 * name holding one, `Beltrano Silva`, is a placeholder too.
 */
const nobodies = `홍길동, 张三, 張三, 李四, 王五, nguyen van a, nguyen van b, nguyen thi b, tran thi b, tran van b,
gipsz jakab, teszt elek, fulano de tal, de tal, fulano, beltrano, sicrano, ciclano`;

const keysOf = (list: string): string[] => list.split(',').map(placeholderKey);

/** Every placeholder name, keyed by `placeholderKey`: true for a name for nobody (see `nobodies`). */
export const placeholderNames: ReadonlyMap<string, boolean> = new Map([
  ...keysOf(commonPlaceholders).map((key) => [key, false] as const),
  ...keysOf(nobodies).map((key) => [key, true] as const),
]);

/** The given name of each placeholder person of two words, with its family names (`jan` → `kowalski`, `jansen` …). */
export const placeholderFamilies: ReadonlyMap<string, readonly string[]> = (() => {
  const map = new Map<string, string[]>();
  for (const name of commonPlaceholders.split(',')) {
    const [given, ...family] = name.trim().split(/\s+/);
    // (Han and kana names are keyed whole: no given name of theirs is read alone.)
    if (given === undefined || family.length === 0 || given.charCodeAt(0) >= 0x3000) continue;
    map.set(nameKey(given), [...(map.get(nameKey(given)) ?? []), placeholderKey(family.join(' '))]);
  }
  return map;
})();

/**
 * Whether `name` may be a placeholder (see `placeholderNames`), one word of one, or a test account's
 * (a word of `testWords`), told by its words alone: most names hold none, and this spares them
 * building the whole key. Han, kana and Hangul names (no blanks) are always checked whole.
 */
export function mayBePlaceholder(name: string): boolean {
  if (name.charCodeAt(0) >= 0x3000) return true;
  for (const word of name.split(/[\s,;]+/)) {
    let key = nameKey(word);
    if (key.includes('-')) key = key.replace(/-/g, '');
    if (placeholderWords.has(key) || testWords.has(key)) return true;
  }
  return false;
}

/** Words that make a name a test account's (`Test, Candidate`, `Demo User`, `Usuário Teste`). */
export const testWords: ReadonlySet<string> = new Set(
  // Spanish and Portuguese: test, user, example (`Test Usuario Prueba`).
  'test testing tester dummy demo placeholder prueba usuario teste ejemplo'.split(' '),
);

const placeholderWords: ReadonlySet<string> = new Set(
  [...placeholderNames.keys()].flatMap((key) => key.split(' ')),
);

/**
 * A name as `placeholderNames` holds it: `nameKey`'s words sorted (`Kowalski, Jan` is `Jan Kowalski`),
 * hyphens dropped; Han, kana and Hangul without blanks.
 */
export function placeholderKey(name: string): string {
  if (/[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/.test(name)) return name.replace(/[\s\u3000]/g, '');
  return name
    .trim()
    .split(/[\s\u3000,;]+/)
    .filter((w) => w !== '')
    .map((w) => nameKey(w).replace(/-/g, ''))
    .sort()
    .join(' ');
}
