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

const words = (list: string): ReadonlySet<string> => new Set(list.split(/\s+/).filter(Boolean));

export const givenNames = words(given);
export const surnames = words(family);

/** Lower case without accents, for lookups: `Jürgen` → `jurgen`. */
export function nameKey(word: string): string {
  for (let i = 0; i < word.length; i++) {
    if (word.charCodeAt(i) > 127) {
      let key = accented.get(word);
      if (key === undefined) {
        if (accented.size >= 4096) accented.clear();
        key = word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
        accented.set(word, key);
      }
      return key;
    }
  }
  return word.toLowerCase(); // ASCII: NFD and mark stripping change nothing
}

const accented = new Map<string, string>();

/**
 * Capitalised words that are not names in prose: months, days, sentence openers, title-case
 * headings, products and companies. A run holding a `companyMarks` word is an organisation.
 */
export const notNames = words(`
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday today tomorrow yesterday
the this that these those there here then when where what which who why how and but
hello dear hi thanks regards best please note see also our your their its his her
new old north south east west central united great first last next total average
data table report analysis summary overview policy period customer user account team project
service services cloud server database query model pipeline notebook dashboard revenue sales
product products price order orders invoice payment street avenue road lane drive park city
pro plus max mini ultra edition premium enterprise studio store shop app web online
select from where insert update delete create alter join group order limit values
true false none null python pandas numpy spark java script type error warning exception
`);

export const companyMarks = words(`
inc ltd llc plc gmbh ag sa sas sarl bv nv corp co company corporation group holdings labs
technologies technology systems solutions partners bank university college school institute
hospital clinic foundation association foods motors airlines insurance capital ventures
`);
